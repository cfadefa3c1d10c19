/**
 * `npm start`: the site (`astro dev`) and Decap's local proxy (`decap-server`,
 * which writes the editors' changes to `content/`), both on 127.0.0.1, with
 * the project's own Node (24, run through npm). Ports are checked before
 * anything starts (`start-ports.ts`): a taken default is replaced and the new
 * address printed; a taken port chosen with `SITE_PORT` or `CMS_PROXY_PORT`
 * stops here with one line saying what to change, never a stack trace. The
 * admin is told the proxy's port through `CMS_PROXY_PORT`. Ctrl-C (or either
 * server stopping) stops both.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { alreadyRunningLine, choosePort, proxyPort, runningServerOf, sitePort, welcomeLines, type PortChoice } from './start-ports.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** True when nothing listens on 127.0.0.1:`port` (we can bind it ourselves). */
function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** The port of a choice, or the end of `npm start` with its one-line message. */
function portOf(choice: PortChoice): number {
  if (choice.ok) {
    if (choice.note) console.log(choice.note);
    return choice.port;
  }
  console.error(choice.message);
  process.exit(1);
}

/** Whether process `pid` is alive. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// Astro refuses a second dev server in one project, with a stack trace: say it in one line instead.
const lockFile = (() => {
  try {
    return readFileSync(new URL('../.astro/dev.json', import.meta.url), 'utf8');
  } catch {
    return undefined;
  }
})();
const running = runningServerOf(lockFile);
if (running && running.pid !== process.pid && isAlive(running.pid)) {
  console.error(alreadyRunningLine(running));
  process.exit(1);
}

const site = portOf(await choosePort(sitePort, process.env[sitePort.variable], isFree));
const proxy = portOf(await choosePort(proxyPort, process.env[proxyPort.variable], isFree, [site]));

const children: ChildProcess[] = [];
let stopping = false;

/** Stops both servers, then exits with `code`. */
function stopAll(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  const force = setTimeout(() => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }, 5_000);
  force.unref();
  void Promise.all(children.map((child) => (child.exitCode !== null || child.signalCode !== null ? undefined : new Promise((resolve) => child.once('exit', resolve))))).then(() => process.exit(code));
}

/** Starts `node <script> ...args` in the project; when it stops on its own, the other server stops too. */
function run(name: string, script: string, args: readonly string[], env: NodeJS.ProcessEnv): void {
  const child = spawn(process.execPath, [script, ...args], { cwd: root, env: { ...process.env, ...env }, stdio: 'inherit' });
  child.once('exit', (code, signal) => {
    if (stopping) return;
    console.error(`${name} s’est arrêté (${signal ?? code}) : arrêt de l’autre serveur — ${name} stopped (${signal ?? code}): stopping the other server.`);
    stopAll(code === 0 ? 0 : 1);
  });
  children.push(child);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stopAll(0));

for (const line of welcomeLines(site, proxy)) console.log(line);
run('decap-server', 'node_modules/decap-server/dist/index.js', [], { BIND_HOST: '127.0.0.1', PORT: String(proxy) });
run('astro dev', 'node_modules/astro/bin/astro.mjs', ['dev', '--host', '127.0.0.1', '--port', String(site)], { CMS_PROXY_PORT: String(proxy) });
