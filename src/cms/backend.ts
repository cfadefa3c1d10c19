/**
 * The one place that chooses where the CMS saves in production: which Git
 * host, which repository and branch, and how editors sign in. Everything comes
 * from build-time environment variables (documented in docs/deploy.md), so
 * moving from GitHub to GitLab or Forgejo is a change of settings, not of code.
 *
 * Local editing never reaches this: on 127.0.0.1 the CMS talks to
 * `decap-server` through `local_backend` (see `src/cms/config.ts`).
 */

/** Git hosts the CMS can publish to. */
export const cmsBackendNames = ['github', 'gitlab', 'forgejo', 'gitea'] as const;

/** A Git host the CMS can publish to. */
export type CmsBackendName = (typeof cmsBackendNames)[number];

/** How changes reach the public site: through review (`editorial_workflow`) or straight to the branch (`simple`). */
export type CmsPublishMode = 'editorial_workflow' | 'simple';

/** The environment variables read here; all optional, all public (they end up in the admin page). */
export interface CmsBackendEnv {
  /** `github` (default), `gitlab`, `forgejo` or `gitea`. */
  readonly PUBLIC_CMS_BACKEND?: string | undefined;
  /** Repository, `owner/name` (GitLab: `group/project`). */
  readonly PUBLIC_CMS_REPO?: string | undefined;
  /** Branch the site is built from; default `main`. */
  readonly PUBLIC_CMS_BRANCH?: string | undefined;
  /**
   * GitHub: address of the OAuth proxy that signs editors in.
   * GitLab: the instance (default `https://gitlab.com`). Forgejo/Gitea: the instance, required.
   */
  readonly PUBLIC_CMS_BASE_URL?: string | undefined;
  /** OAuth application id (client id): required for GitLab, Forgejo and Gitea (PKCE, no secret). */
  readonly PUBLIC_CMS_APP_ID?: string | undefined;
  /** GitHub only: path of the OAuth proxy's login endpoint, default `auth`. */
  readonly PUBLIC_CMS_AUTH_ENDPOINT?: string | undefined;
}

/** Decap's `backend` block, as far as this project uses it. */
export interface DecapBackend {
  readonly name: CmsBackendName;
  readonly repo: string;
  readonly branch: string;
  readonly base_url?: string;
  readonly api_root?: string;
  readonly auth_endpoint?: string;
  readonly app_id?: string;
  readonly auth_type?: 'pkce';
}

/** What the production admin uses. */
export interface CmsBackendChoice {
  readonly backend: DecapBackend;
  readonly publishMode: CmsPublishMode;
}

/** Placeholder repository used until `PUBLIC_CMS_REPO` is set. */
export const defaultCmsRepo = 'le-camp/programme-startups';

/** Branch the site is built from, unless `PUBLIC_CMS_BRANCH` says otherwise. */
export const defaultCmsBranch = 'main';

/** Treats an unset or blank variable as absent. */
function read(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** An `https://` origin without a trailing slash, or an error naming the variable. */
function httpsBase(value: string, variable: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${variable} : adresse invalide « ${value} » (invalid URL)`);
  }
  if (url.protocol !== 'https:') throw new Error(`${variable} doit commencer par https:// (must use https)`);
  return url.href.replace(/\/+$/, '');
}

/** A value that must be set for `backend`, or an error saying which variable is missing. */
function required(value: string | undefined, variable: string, backend: CmsBackendName): string {
  if (value === undefined) throw new Error(`${variable} est obligatoire pour le dorsal ${backend} (${variable} is required for ${backend})`);
  return value;
}

/**
 * Chooses the production backend from build-time variables. Throws, naming the
 * variable, on anything that would leave editors unable to sign in, so a
 * misconfigured deployment fails its build instead of showing a broken admin.
 */
export function chooseCmsBackend(env: CmsBackendEnv): CmsBackendChoice {
  const name = read(env.PUBLIC_CMS_BACKEND) ?? 'github';
  if (!(cmsBackendNames as readonly string[]).includes(name)) {
    throw new Error(`PUBLIC_CMS_BACKEND : « ${name} » inconnu, choisir parmi ${cmsBackendNames.join(', ')} (unknown backend)`);
  }
  const backendName = name as CmsBackendName;
  const repo = read(env.PUBLIC_CMS_REPO) ?? defaultCmsRepo;
  if (!/^[\w.-]+(\/[\w.-]+)+$/.test(repo)) throw new Error(`PUBLIC_CMS_REPO : « ${repo} » n’a pas la forme propriétaire/dépôt (expected owner/name)`);
  const branch = read(env.PUBLIC_CMS_BRANCH) ?? defaultCmsBranch;
  const baseUrl = read(env.PUBLIC_CMS_BASE_URL);
  const appId = read(env.PUBLIC_CMS_APP_ID);

  switch (backendName) {
    case 'github': {
      // GitHub's OAuth needs a client secret, so sign-in goes through a small OAuth proxy (docs/deploy.md).
      const authEndpoint = read(env.PUBLIC_CMS_AUTH_ENDPOINT);
      return {
        backend: {
          name: 'github',
          repo,
          branch,
          ...(baseUrl ? { base_url: httpsBase(baseUrl, 'PUBLIC_CMS_BASE_URL') } : {}),
          ...(authEndpoint ? { auth_endpoint: authEndpoint } : {}),
        },
        publishMode: 'editorial_workflow',
      };
    }
    case 'gitlab': {
      // PKCE: the browser proves it started the login; no secret, no server.
      const base = httpsBase(baseUrl ?? 'https://gitlab.com', 'PUBLIC_CMS_BASE_URL');
      return {
        backend: {
          name: 'gitlab',
          repo,
          branch,
          auth_type: 'pkce',
          app_id: required(appId, 'PUBLIC_CMS_APP_ID', 'gitlab'),
          base_url: base,
          api_root: `${base}/api/v4`,
        },
        publishMode: 'editorial_workflow',
      };
    }
    case 'forgejo': {
      const base = httpsBase(required(baseUrl, 'PUBLIC_CMS_BASE_URL', 'forgejo'), 'PUBLIC_CMS_BASE_URL');
      return {
        backend: { name: 'forgejo', repo, branch, app_id: required(appId, 'PUBLIC_CMS_APP_ID', 'forgejo'), api_root: `${base}/api/v1` },
        publishMode: 'editorial_workflow',
      };
    }
    case 'gitea': {
      // Decap's Gitea backend refuses the editorial workflow ("The Gitea backend does not support
      // editorial workflow", decap-cms-backend-gitea implementation.tsx), so it commits straight to
      // `branch`: point it at a staging branch that reaches `main` through a reviewed pull request
      // (docs/deploy.md). Forgejo instances should use `forgejo`, which has the workflow.
      const base = httpsBase(required(baseUrl, 'PUBLIC_CMS_BASE_URL', 'gitea'), 'PUBLIC_CMS_BASE_URL');
      return {
        backend: { name: 'gitea', repo, branch, app_id: required(appId, 'PUBLIC_CMS_APP_ID', 'gitea'), base_url: base, api_root: `${base}/api/v1` },
        publishMode: 'simple',
      };
    }
  }
}
