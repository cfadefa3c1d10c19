/**
 * `<site-search>`: the search page, enhanced. Shows the form the server
 * rendered hidden, reads `?q=`, searches as the reader types (debounced),
 * keeps the query in the URL (typing away from a settled search pushes one
 * entry, further typing replaces it, Enter settles it; `popstate` restores), announces the count in a live region and, when
 * nothing matches here but the other language has results, says so.
 *
 * The engine, the synonyms and the index are loaded by a dynamic
 * import on first use (focus, typing, or a `?q=` in the URL): this module is
 * all the page loads before that.
 */
import { interpolate } from '../i18n/interpolate';
import { queryFromUrl, urlWithQuery } from '../search/runtime/url-state';
import type { SearchEngine, SearchResponse } from '../search/runtime/browser';
import type { Locale } from '../i18n/locales';

type Browser = typeof import('../search/runtime/browser');

/** Strings passed by the page in `data-strings`. */
interface Strings {
  idle: string;
  loading: string;
  none: string;
  one: string;
  many: string;
  error: string;
  otherOne: string;
  otherMany: string;
  otherLink: string;
  types: Record<string, string>;
}

/** Milliseconds after the last keystroke before searching. */
const debounceMs = 120;

/** Results shown. */
const limit = 20;

let browserModule: Promise<Browser> | undefined;

/** Loads the engine module once. */
function loadBrowser(): Promise<Browser> {
  browserModule ??= import('../search/runtime/browser');
  return browserModule;
}

class SiteSearch extends HTMLElement {
  private strings!: Strings;
  private input!: HTMLInputElement;
  private status!: HTMLElement;
  private results!: HTMLOListElement;
  private other!: HTMLElement;
  private engines = new Map<string, Promise<SearchEngine>>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private sequence = 0;
  private shown = '';
  /** True while the current history entry holds a search the reader settled on (loaded, Enter, back). */
  private settled = false;

  connectedCallback(): void {
    const ui = this.querySelector<HTMLElement>('[data-search-ui]');
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    const results = this.querySelector<HTMLOListElement>('ol');
    const other = this.querySelector<HTMLElement>('[data-search-other]');
    const form = this.querySelector<HTMLFormElement>('form');
    if (!ui || !input || !status || !results || !other || !form) return;
    this.strings = JSON.parse(this.dataset['strings'] ?? '{}') as Strings;
    Object.assign(this, { input, status, results, other });
    ui.hidden = false;
    this.querySelector<HTMLElement>('[data-search-fallback]')?.setAttribute('hidden', '');

    input.addEventListener('focus', () => void this.engine(this.dataset['lang'] ?? 'fr', this.dataset['index'] ?? '').catch(() => undefined), { once: true });
    input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.run(input.value, 'typing'), debounceMs);
    });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown') {
        const first = results.querySelector('a');
        if (first) {
          event.preventDefault();
          first.focus();
        }
      }
    });
    results.addEventListener('keydown', (event) => this.moveFocus(event));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.timer);
      void this.run(input.value, 'settle');
    });
    window.addEventListener('popstate', () => {
      input.value = queryFromUrl(location.href);
      this.settled = input.value !== '';
      void this.run(input.value, 'none');
    });

    input.value = queryFromUrl(location.href);
    this.settled = input.value !== '';
    if (input.value) void this.run(input.value, 'none');
    else this.status.textContent = this.strings.idle;
  }

  /** Arrow keys move between result links; Escape goes back to the field. */
  private moveFocus(event: KeyboardEvent): void {
    const links = [...this.results.querySelectorAll('a')];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index < 0) return;
    if (event.key === 'ArrowDown' && index < links.length - 1) links[index + 1]?.focus();
    else if (event.key === 'ArrowUp') (index === 0 ? this.input : links[index - 1])?.focus();
    else if (event.key === 'Escape') this.input.focus();
    else return;
    event.preventDefault();
  }

  /** The engine of the index at `base`, opened once; its manifest is fetched while the engine module loads. */
  private engine(lang: string, base: string): Promise<SearchEngine> {
    let engine = this.engines.get(base);
    if (!engine) {
      const manifest = fetch(new URL('index.json', new URL(base, location.href))).then((response) => {
        if (!response.ok) throw new Error(`${response.status} index.json`);
        return response.json() as Promise<unknown>;
      });
      manifest.catch(() => undefined);
      engine = loadBrowser().then((browser) => browser.openSearch(base, lang as Locale, manifest));
      engine.catch(() => this.engines.delete(base));
      this.engines.set(base, engine);
    }
    return engine;
  }

  /**
   * Searches `text`, renders, and records it in the URL: leaving a settled
   * search pushes a new entry, later keystrokes replace it, and `settle`
   * (Enter) marks it as one the back button returns to; `none` leaves
   * history alone.
   */
  private async run(text: string, history: 'typing' | 'settle' | 'none'): Promise<void> {
    const query = text.trim();
    const url = urlWithQuery(location.href, query);
    const current = `${location.pathname}${location.search}${location.hash}`;
    if (history !== 'none' && url !== current) {
      if (this.settled) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    if (history === 'typing' && url !== current) this.settled = false;
    if (history === 'settle') this.settled = query !== '';
    const sequence = ++this.sequence;
    if (query === '') {
      this.render(query, undefined, undefined);
      return;
    }
    try {
      const lang = this.dataset['lang'] ?? 'fr';
      const [browser, engine] = await Promise.all([loadBrowser(), this.engine(lang, this.dataset['index'] ?? '')]);
      const response = await engine.search(query, { limit });
      let otherTotal = 0;
      if (response.total === 0) {
        const otherEngine = await this.engine(this.dataset['otherLang'] ?? 'en', this.dataset['otherIndex'] ?? '');
        otherTotal = (await otherEngine.search(query, { limit: 1 })).total;
      }
      if (sequence !== this.sequence) return;
      this.render(query, { response, highlight: browser.highlight }, otherTotal);
    } catch {
      if (sequence !== this.sequence) return;
      this.status.textContent = this.strings.error;
      this.querySelector<HTMLElement>('[data-search-fallback]')?.removeAttribute('hidden');
    }
  }

  /** Draws the results, the count and the other-language hint. */
  private render(query: string, found: { response: SearchResponse; highlight: Browser['highlight'] } | undefined, otherTotal: number | undefined): void {
    const strings = this.strings;
    // A late search may redraw the list under a reader who already arrowed into it: keep their place.
    const focused = this.results.contains(document.activeElement) ? (document.activeElement as HTMLAnchorElement).getAttribute('href') : null;
    this.results.replaceChildren();
    this.other.hidden = true;
    this.other.replaceChildren();
    if (!found) {
      this.shown = '';
      this.status.textContent = strings.idle;
      return;
    }
    const { response, highlight } = found;
    const marked = (text: string, marks: ReadonlySet<string>) =>
      highlight(text, marks).map((part) => {
        if (!part.mark) return document.createTextNode(part.text);
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        return mark;
      });
    for (const hit of response.hits) {
      const item = document.createElement('li');
      const heading = document.createElement('h2');
      const link = document.createElement('a');
      link.href = hit.url;
      link.append(...marked(hit.title, hit.marks));
      heading.append(link);
      const meta = document.createElement('p');
      meta.className = 'search-results__meta';
      const type = document.createElement('span');
      type.className = 'tag';
      type.textContent = strings.types[hit.type] ?? hit.type;
      meta.append(type);
      if (hit.date) {
        const time = document.createElement('time');
        time.dateTime = hit.date.iso;
        time.textContent = hit.date.text;
        meta.append(' ', time);
      }
      item.append(heading, meta);
      if (hit.excerpt) {
        const excerpt = document.createElement('p');
        excerpt.append(...marked(hit.excerpt, hit.marks));
        item.append(excerpt);
      }
      this.results.append(item);
      if (focused === hit.url) link.focus();
    }
    const count = response.total;
    const message = interpolate(count === 0 ? strings.none : count === 1 ? strings.one : strings.many, { count, query });
    // Re-announce only when the text changes, so typing does not chatter.
    if (message !== this.shown) {
      this.status.textContent = message;
      this.shown = message;
    }
    if (count === 0 && otherTotal !== undefined && otherTotal > 0) {
      const link = document.createElement('a');
      link.href = urlWithQuery(new URL(this.dataset['otherPage'] ?? '/', location.href).href, query);
      link.hreflang = this.dataset['otherLang'] ?? '';
      link.textContent = strings.otherLink;
      this.other.append(interpolate(otherTotal === 1 ? strings.otherOne : strings.otherMany, { count: otherTotal }), ' ', link);
      this.other.hidden = false;
    }
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
