/**
 * Which ports `npm start` uses, and what it says about them. A port left at
 * its default that something else holds is replaced by the next free one (the
 * editor only wants the site to open); a port the editor chose explicitly is
 * never swapped silently, so a taken one is reported in one line, in French
 * and English, naming the variable to change. Pure: the caller says which
 * ports are free.
 */

/** One of the two servers `npm start` runs. */
export interface PortSetting {
  /** Environment variable that sets the port (`SITE_PORT`, `CMS_PROXY_PORT`). */
  readonly variable: string;
  /** Port used when the variable is not set. */
  readonly fallback: number;
  /** What listens there, in French and English (`le site`, `the site`). */
  readonly what: { readonly fr: string; readonly en: string };
}

/** The site (`astro dev`). */
export const sitePort: PortSetting = { variable: 'SITE_PORT', fallback: 4321, what: { fr: 'le site', en: 'the site' } };

/** Decap's local proxy (`decap-server`), which writes the editors' changes to `content/`. */
export const proxyPort: PortSetting = { variable: 'CMS_PROXY_PORT', fallback: 8081, what: { fr: 'le proxy du CMS', en: 'the CMS proxy' } };

/** How many ports after a taken default are tried before giving up. */
export const portSearchSpan = 20;

/** The decision for one port: use it (saying why when it moved), or stop with one line. */
export type PortChoice = { readonly ok: true; readonly port: number; readonly note?: string } | { readonly ok: false; readonly message: string };

/** A port number from an environment value, or `undefined` when it is not one. */
export function parsePort(value: string): number | undefined {
  if (!/^\d{1,5}$/.test(value.trim())) return undefined;
  const port = Number(value);
  return port >= 1 && port <= 65_535 ? port : undefined;
}

/**
 * Chooses the port of `setting`. `raw` is the environment value (`undefined`
 * when unset), `isFree` says whether a port can be listened on, `taken` holds
 * ports already given to the other server.
 */
export async function choosePort(setting: PortSetting, raw: string | undefined, isFree: (port: number) => Promise<boolean>, taken: readonly number[] = []): Promise<PortChoice> {
  const { variable, fallback, what } = setting;
  const available = async (port: number) => !taken.includes(port) && (await isFree(port));
  /** The first available port from `start`, within the search span. */
  const firstAvailable = async (start: number): Promise<number | undefined> => {
    for (let port = start; port <= Math.min(start + portSearchSpan, 65_535); port += 1) if (await available(port)) return port;
    return undefined;
  };
  if (raw !== undefined && raw.trim() !== '') {
    const port = parsePort(raw);
    if (port === undefined) {
      return { ok: false, message: `${variable}=${raw} n’est pas un numéro de port (1 à 65535) — ${variable}=${raw} is not a port number (1 to 65535).` };
    }
    if (await available(port)) return { ok: true, port };
    const free = (await firstAvailable(port + 1)) ?? port + 1;
    return {
      ok: false,
      message: `Le port ${port} (${what.fr}) est déjà utilisé : choisissez-en un autre, par exemple ${variable}=${free} npm start — port ${port} (${what.en}) is already in use: choose another one, e.g. ${variable}=${free} npm start.`,
    };
  }
  const port = await firstAvailable(fallback);
  if (port !== undefined) {
    if (port === fallback) return { ok: true, port };
    return {
      ok: true,
      port,
      note: `Le port ${fallback} est déjà utilisé : ${what.fr} prend le port ${port} (${variable} pour en choisir un) — port ${fallback} is in use: ${what.en} uses port ${port} (set ${variable} to choose).`,
    };
  }
  return {
    ok: false,
    message: `Les ports ${fallback} à ${fallback + portSearchSpan} sont tous utilisés : choisissez un port libre avec ${variable}=… npm start — ports ${fallback} to ${fallback + portSearchSpan} are all in use: choose a free one with ${variable}=… npm start.`,
  };
}

/** The lines printed once both servers are chosen: where to go, in both languages. */
export function welcomeLines(site: number, proxy: number): string[] {
  const url = `http://127.0.0.1:${site}/`;
  return [
    `Site : ${url}  ·  Gestion du contenu (CMS) : ${url}admin/`,
    `Site: ${url}  ·  Content management (CMS): ${url}admin/`,
    `Proxy local du CMS / local CMS proxy: http://127.0.0.1:${proxy}/ — Ctrl-C arrête les deux / stops both.`,
  ];
}

/** What Astro records about a running dev server (`.astro/dev.json`), as far as `npm start` reads it. */
export interface RunningServer {
  readonly pid: number;
  readonly url: string;
}

/** The dev server recorded in the text of `.astro/dev.json`, or `undefined` when there is none or it is unreadable. */
export function runningServerOf(lockFile: string | undefined): RunningServer | undefined {
  if (lockFile === undefined) return undefined;
  try {
    const data: unknown = JSON.parse(lockFile);
    if (data === null || typeof data !== 'object') return undefined;
    const { pid, url } = data as { pid?: unknown; url?: unknown };
    return typeof pid === 'number' && typeof url === 'string' ? { pid, url } : undefined;
  } catch {
    return undefined;
  }
}

/** The one line saying `npm start` already runs in this folder (Astro refuses a second dev server in a project). */
export function alreadyRunningLine(server: RunningServer): string {
  return `npm start tourne déjà dans ce dossier : ${server.url} (processus ${server.pid}). Utilisez-le, ou arrêtez-le (Ctrl-C dans son terminal) avant de relancer — npm start is already running in this folder: ${server.url} (process ${server.pid}). Use it, or stop it (Ctrl-C in its terminal) first.`;
}
