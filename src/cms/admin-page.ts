/**
 * The last step of the admin page's build: its script tag becomes a one-line
 * inline loader (it inserts the bundle's script element) whose hash the policy trusts, and
 * its policy becomes `adminCsp()` for the backend the page's own
 * configuration names. Together they let the policy drop `'self'` from
 * `script-src` (`'strict-dynamic'`): only that loader, and what it loads, runs.
 * Astro writes the page (`src/pages/admin/index.astro`) and its bundle; it
 * cannot hash an external script, hence this step
 * (`src/integrations/admin-page.ts` runs it after the build).
 *
 * Pure: the hash function is given (Node's crypto at build time).
 */
import type { DecapConfig } from './config';
import { adminCsp } from './admin-csp';

/** The admin bundle's `<script type="module" src>` as Astro writes it. */
const bundleScript = /<script type="module" src="([^"]+)"><\/script>/g;

/** The configuration the admin hands to Decap. */
const configScript = /<script id="cms-config" type="application\/json">([\s\S]*?)<\/script>/;

/** Astro's per-page policy. */
const policyMeta = /<meta http-equiv="content-security-policy" content="[^"]*">/i;

/**
 * The loader of the admin bundle at `src`. It adds a module script element
 * rather than calling `import()`: `'strict-dynamic'` trusts scripts that a
 * trusted script inserts, and what they import, but an `import()` from a
 * hashed inline script is still parser-inserted and refused.
 */
export function adminLoader(src: string): string {
  return `const script=document.createElement("script");script.type="module";script.src=${JSON.stringify(src)};document.head.append(script);`;
}

/**
 * The admin page with its loader and policy. `hash` returns a CSP hash source
 * without quotes (`sha256-…`) for a script's text. Throws when the page is not
 * what the admin page renders (one bundle, one configuration).
 */
export function strictAdminPage(html: string, hash: (script: string) => string): string {
  const bundles = [...html.matchAll(bundleScript)];
  const configText = configScript.exec(html)?.[1];
  if (bundles.length !== 1 || configText === undefined) {
    throw new Error(`page d’administration inattendue : ${bundles.length} script(s) de module, configuration ${configText === undefined ? 'absente' : 'présente'} (unexpected admin page)`);
  }
  const config = JSON.parse(configText) as Pick<DecapConfig, 'backend' | 'local_backend'>;
  const loader = adminLoader(bundles[0]?.[1] ?? '');
  const policy = adminCsp({ backend: config.backend, localProxy: config.local_backend?.url, scriptHashes: [hash(loader)] });
  const meta = `<meta http-equiv="content-security-policy" content="${policy}">`;
  const withPolicy = policyMeta.test(html) ? html.replace(policyMeta, meta) : html.replace(/<head>/i, `<head>${meta}`);
  return withPolicy.replace(bundleScript, `<script>${loader}</script>`);
}
