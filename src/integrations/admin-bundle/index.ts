/**
 * The admin's script, bundled apart from the site (`bundler.ts`) and wired
 * into Astro: the admin page reads its address from `virtual:admin-bundle`;
 * `astro build` bundles it (or takes it from the cache) in a worker thread
 * as its first step, and copies it to `dist/_astro/cms/` at the end;
 * `astro dev` serves it from the cache, bundling again when an admin source
 * changed, so the page stays the same in both. No public page imports it.
 */
import { cpSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { ensureAdminBundle, type AdminBundle, type AdminBundleOptions } from './bundler';

/** The module the admin page imports its script's address from. */
const virtualModule = 'virtual:admin-bundle';

/** Its declaration, for `astro check` and editors. */
const virtualModuleTypes = `declare module '${virtualModule}' {
  /** Address of the admin's entry script (\`/_astro/cms/cms.<hash>.js\`; a fixed alias in \`astro dev\`). */
  export const adminScript: string;
}
`;

/** The name `astro dev` serves the current entry under: the page need not change when the bundle does. */
const devEntryAlias = 'cms.js';

/** Content types of what a bundle holds. */
const contentTypes: Readonly<Record<string, string>> = { '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8' };

/** `ensureAdminBundle` in a worker thread (worker.ts), which stops esbuild's process once the bundle is made. */
function bundleInWorker(options: AdminBundleOptions): Promise<AdminBundle> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: options });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`admin bundle: the worker stopped (exit ${code}) without a bundle`)));
  });
}

/** One line in the build's log: bundled, or taken from the cache. */
function report(logger: AstroIntegrationLogger, bundle: AdminBundle): AdminBundle {
  const files = `${bundle.files.length} files`;
  logger.info(bundle.built ? `admin bundled in ${bundle.seconds.toFixed(2)}s (${files}, cache key ${bundle.key})` : `admin bundle reused from the cache (${files}, cache key ${bundle.key}, checked in ${bundle.seconds.toFixed(2)}s)`);
  return bundle;
}

/**
 * The integration. `entry` is the admin's module, relative to the project
 * (default `admin/cms.ts`); everything it imports is bundled with it.
 */
export function adminBundle(options: { readonly entry?: string } = {}): AstroIntegration {
  const entry = options.entry ?? 'admin/cms.ts';
  let ensure: () => Promise<AdminBundle> = () => Promise.reject(new Error('admin bundle: Astro did not set the integration up'));
  /** The bundle of `astro build`, made as its first step. */
  let building: Promise<AdminBundle> | undefined;
  let assetsFolder = '_astro';
  let publicBase = '/_astro/cms/';
  return {
    name: 'admin-bundle',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig, logger }) => {
        const root = fileURLToPath(config.root);
        const cacheDir = fileURLToPath(new URL('admin/', config.cacheDir));
        assetsFolder = config.build.assets;
        publicBase = `${config.base.replace(/\/?$/, '/')}${assetsFolder}/cms/`;
        // Concurrent requests (the entry and its chunks) share one check or bundling.
        let pending: Promise<AdminBundle> | undefined;
        ensure = () => {
          pending ??= ensureAdminBundle({ root, cacheDir, entry })
            .then((bundle) => (bundle.built ? report(logger, bundle) : bundle))
            .finally(() => (pending = undefined));
          return pending;
        };
        if (command === 'build') {
          // Bundled first, while Astro holds little memory: esbuild's process (about 500 MB) never runs beside
          // Astro's later peak, which keeps a cold build of the sample content under 1 GB; run alongside the content
          // sync, it was slower on two cores and added 150 MB (docs/benchmarks.md, « What is left, measured »).
          building = bundleInWorker({ root, cacheDir, entry }).then((bundle) => report(logger, bundle));
          await building;
        }
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'admin-bundle',
                resolveId: (id: string) => (id === virtualModule ? `\0${virtualModule}` : undefined),
                load: async (id: string) => (id === `\0${virtualModule}` ? `export const adminScript = ${JSON.stringify(`${publicBase}${building ? (await building).entry : devEntryAlias}`)};` : undefined),
              },
            ],
          },
        });
      },
      'astro:config:done': ({ injectTypes }) => {
        injectTypes({ filename: 'admin-bundle.d.ts', content: virtualModuleTypes });
      },
      'astro:server:setup': ({ server }) => {
        // Bundled on the first request, not at start: Vitest starts this server too (vitest.config.ts) and needs no admin.
        const serve = (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void): void => {
          const path = new URL(request.url ?? '/', 'http://dev.invalid').pathname;
          if (!path.startsWith(publicBase)) return next();
          const name = path.slice(publicBase.length);
          void ensure()
            .then(async (bundle) => {
              const file = name === devEntryAlias ? bundle.entry : name;
              if (!bundle.files.includes(file)) return void response.writeHead(404).end();
              const body = await readFile(join(bundle.dir, file));
              response.writeHead(200, { 'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' }).end(body);
            })
            .catch(next);
        };
        server.middlewares.use(serve);
      },
      'astro:build:done': async ({ dir }) => {
        if (!building) throw new Error('admin bundle: the build finished without a bundle');
        cpSync((await building).dir, fileURLToPath(new URL(`${assetsFolder}/cms/`, dir)), { recursive: true });
      },
    },
  };
}
