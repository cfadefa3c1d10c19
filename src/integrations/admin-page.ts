/**
 * After `astro build`, gives the admin page its strict policy and hashed
 * loader (`src/cms/admin-page.ts`). `astro dev` applies no policy at all,
 * so this runs for builds only.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { strictAdminPage } from '../cms/admin-page';

/** A CSP hash source (`sha256-…`, no quotes) of a script's text. */
function sha256(script: string): string {
  return `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
}

/** The integration; add it to `integrations` in `astro.config.mjs`. */
export function adminPage(): AstroIntegration {
  return {
    name: 'admin-page',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const page = new URL('admin/index.html', dir);
        await writeFile(page, strictAdminPage(await readFile(page, 'utf8'), sha256));
        logger.info('admin/index.html : politique de sécurité stricte écrite (strict policy written)');
      },
    },
  };
}
