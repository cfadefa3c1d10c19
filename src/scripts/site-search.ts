/**
 * `<site-search>`: a few hundred bytes, inlined in the search page (no
 * import, so Astro inlines it) so that nothing is fetched before the page
 * paints. On first use (focus, typing, Enter, or a `?q=` in the URL) it loads
 * the page's behaviour (`search-ui.ts`, with the engine) from the module the
 * page keeps, inert, in a `<template>`, and records in `data-pending` what the
 * reader did meanwhile. Until this element is defined, or when loading fails,
 * the page shows a notice that instant search needs JavaScript (CSS
 * `:defined`); the form is a plain GET form either way.
 */
class SiteSearch extends HTMLElement {
  private loading: Promise<unknown> | undefined;

  connectedCallback(): void {
    const input = this.querySelector('input');
    const form = this.querySelector('form');
    if (!input || !form) return;
    input.addEventListener('focus', () => this.start('focus'), { once: true });
    input.addEventListener('input', () => this.start('typing'));
    form.addEventListener('submit', (event) => {
      // Once loading has failed, the form goes back to being a plain GET form.
      if (this.hasAttribute('data-failed')) return;
      event.preventDefault();
      this.start('settle');
    });
    if (new URL(location.href).searchParams.get('q')) this.start('load');
  }

  /** Loads the behaviour once; until it has started, remembers the reader's last action for it. */
  private start(pending: string): void {
    if (this.dataset['ready'] !== undefined) return;
    this.dataset['pending'] = pending;
    const source = this.querySelector('template')?.content.querySelector('script')?.getAttribute('src');
    this.loading ??= (source ? import(/* @vite-ignore */ source) : Promise.reject(new Error('no search module')))
      .then(() => {
        this.dataset['ready'] = '';
      })
      .catch(() => this.setAttribute('data-failed', ''));
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
