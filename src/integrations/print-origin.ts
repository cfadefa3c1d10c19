/**
 * The site's origin in the stylesheet, for print: a printed page shows each
 * internal link's address after it, and an address needs the origin
 * (`https://…/fr/criteres/`). The origin depends on `site` (SITE_URL), so it
 * is written into `src/styles/global.css` at build time, where the file sets
 * `--print-origin: ''`. In the one stylesheet, it is covered by the page's
 * Content Security Policy like the rest, where an inline `<style>` in the
 * head would sit before Astro's policy `<meta>`.
 */
import type { AstroIntegration } from 'astro';
import { cssString } from '../outputs/share-meta';

/** The declaration the stylesheet carries until the build fills it in. */
export const printOriginPlaceholder = "--print-origin: ''";

/** `css` with the print origin set to `origin` (the placeholder replaced). Pure. */
export function withPrintOrigin(css: string, origin: string): string {
  return css.replace(printOriginPlaceholder, `--print-origin: ${cssString(origin)}`);
}

/** The integration: a Vite transform of the site's stylesheet. */
export function printOrigin(): AstroIntegration {
  return {
    name: 'print-origin',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const origin = config.site ? new URL(config.site).origin : '';
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'print-origin',
                enforce: 'pre',
                transform: (code: string, id: string) => (/\/src\/styles\/global\.css($|\?)/.test(id) ? withPrintOrigin(code, origin) : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
