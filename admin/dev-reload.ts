/**
 * Under `npm start`, the dev server reloads every open page when content
 * changes, and every save writes content: the admin would restart under the
 * editor after each save. It has nothing to reload, so it declines.
 *
 * The admin is bundled apart from Vite (src/integrations/admin-bundle/), so
 * it has no `import.meta.hot`; it borrows a hot context from the Vite client
 * that `astro dev` puts on every page (built pages have none, and then this
 * does nothing). Vite's client reloads for an `.html` path only when it is the
 * current page's (vite/dist/client/client.mjs, "full-reload"), so the reload
 * is redirected to a page that is never open.
 */

/** What this module uses of Vite's client. */
interface ViteClient {
  createHotContext(ownerPath: string): { on(event: 'vite:beforeFullReload', listener: (payload: { path?: string }) => void): void };
}

/** Declines the dev server's full reloads for this page; resolves once set up (at once on a built site). */
export async function declineDevReloads(): Promise<void> {
  const client = document.querySelector<HTMLScriptElement>('script[type="module"][src$="/@vite/client"]');
  if (!client) return;
  // A computed address: the admin's bundler leaves the import to the browser.
  const { createHotContext } = (await import(/* @vite-ignore */ client.src)) as ViteClient;
  createHotContext('/admin/cms.ts').on('vite:beforeFullReload', (payload) => {
    payload.path = '/admin/no-live-reload.html';
  });
}
