/**
 * Under `astro dev` (`npm start`), serves the endpoints whose file name is a
 * parameter at their plain address, as the build does: the search index
 * (`/search/fr/index.json`) and the press kit downloads
 * (`/en/media/logo-programme-web.png`). The rule is in
 * `src/routes/dev-paths.ts`; the build is untouched.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { devEndpointPath } from '../routes/dev-paths';

/** The path of a request, decoded as Astro matches routes, or `undefined` when it does not decode. */
function decodedPath(pathname: string): string | undefined {
  try {
    return decodeURI(pathname);
  } catch {
    return undefined;
  }
}

/** The integration; add it to `integrations` in `astro.config.mjs`. */
export function devEndpoints(): AstroIntegration {
  let endpoints: RegExp[] = [];
  return {
    name: 'dev-endpoints',
    hooks: {
      'astro:routes:resolved': ({ routes }) => {
        endpoints = routes.filter((route) => route.type === 'endpoint').map((route) => route.patternRegex);
      },
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'dev') return;
        // Files Vite serves itself (modules under src/, public/ files) are never rewritten.
        const isFile = (path: string) => [config.root, config.publicDir].some((folder) => existsSync(fileURLToPath(new URL(`.${path}`, folder))));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'dev-endpoints',
                // A middleware added here runs before Astro's own request handler.
                configureServer(server) {
                  server.middlewares.use((request, _response, next) => {
                    const url = new URL(request.url ?? '/', 'http://dev.invalid');
                    const path = decodedPath(url.pathname);
                    if (path !== undefined && !path.startsWith('/@') && !isFile(path) && devEndpointPath(path, endpoints) !== undefined) {
                      request.url = `${url.pathname}/${url.search}`;
                    }
                    next();
                  });
                },
              },
            ],
          },
        });
      },
    },
  };
}
