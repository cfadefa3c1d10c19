/**
 * The admin's Content Security Policy, as tight as the chosen backend allows:
 * the admin talks to the site itself, to that Git host's API and sign-in
 * service (`backend.ts`), and, only when served locally, to the local proxy
 * on loopback. Scripts run from one hashed inline loader and what it loads
 * (`'strict-dynamic'`), so no host, not even the site's own, can serve a
 * script the policy trusts. Decap needs `'unsafe-eval'` (its configuration
 * validator, ajv, compiles schemas with `new Function`); docs/deploy.md says so.
 *
 * Pure: `admin-page.ts` writes the result into the built admin page, and the
 * unit test checks it against the rules of Google's CSP Evaluator and the MDN
 * HTTP Observatory.
 */
import type { DecapBackend } from './backend';

/** What the policy depends on. */
export interface AdminCspOptions {
  /** The production backend the admin signs in to. */
  readonly backend: DecapBackend;
  /** The local proxy's API (`http://127.0.0.1:8081/api/v1`), only when the admin is served locally. */
  readonly localProxy?: string | undefined;
  /** Hashes (`sha256-…`) of the inline scripts allowed to run: the admin's loader. */
  readonly scriptHashes: readonly string[];
}

/** The hosts a backend needs, by directive: its API and sign-in service, its avatars. */
interface BackendHosts {
  readonly connect: readonly string[];
  readonly img: readonly string[];
}

/** The origin of an address (`https://gitlab.example.ca`), or `undefined` for none. */
function originOf(address: string | undefined): string | undefined {
  return address ? new URL(address).origin : undefined;
}

/** Defined values only, each once. */
function distinct(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((value): value is string => value !== undefined))];
}

/** The hosts of each backend, with the defaults Decap falls back on (`implementation` of each decap-cms-backend package). */
function backendHosts(backend: DecapBackend): BackendHosts {
  switch (backend.name) {
    case 'github':
      return {
        // The API, GitHub's status page (Decap checks it before saving) and the OAuth proxy that signs editors in.
        connect: distinct([originOf(backend.api_root) ?? 'https://api.github.com', 'https://www.githubstatus.com', originOf(backend.base_url) ?? 'https://api.netlify.com']),
        img: ['https://avatars.githubusercontent.com'],
      };
    case 'gitlab': {
      const base = originOf(backend.base_url) ?? 'https://gitlab.com';
      // API, GraphQL API and PKCE token exchange are all on the instance; avatars may come from Gravatar.
      return { connect: distinct([base, originOf(backend.api_root)]), img: [base, 'https://secure.gravatar.com'] };
    }
    case 'forgejo':
    case 'gitea': {
      const base = originOf(backend.api_root) ?? originOf(backend.base_url);
      return { connect: distinct([base, originOf(backend.base_url)]), img: distinct([base]) };
    }
  }
}

/** The policy's directives, in order, each with its sources. */
export function adminCspDirectives(options: AdminCspOptions): [directive: string, sources: string[]][] {
  const hosts = backendHosts(options.backend);
  const local = distinct([originOf(options.localProxy)]);
  return [
    ['default-src', ["'none'"]],
    // The hashed loader and what it loads; `'self'` only for browsers without `'strict-dynamic'` (which ignore the rest).
    ['script-src', [...options.scriptHashes.map((hash) => `'${hash}'`), "'strict-dynamic'", "'unsafe-eval'", "'self'"]],
    // Decap styles itself with inline styles (emotion) and inlines the site's stylesheet in the preview frame.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    // Uploads are previewed from blob: URLs; the sign-in picture is a data: URL.
    ['img-src', ["'self'", 'data:', 'blob:', ...hosts.img]],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', ["'self'", ...hosts.connect, ...local, 'blob:', 'data:']],
    ['media-src', ["'self'", 'blob:']],
    ['frame-src', ["'self'", 'blob:']],
    ['worker-src', ["'self'", 'blob:']],
    ['manifest-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'self'"]],
  ];
}

/** The policy as written in the page's `<meta http-equiv="content-security-policy">`. */
export function adminCsp(options: AdminCspOptions): string {
  return adminCspDirectives(options)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}
