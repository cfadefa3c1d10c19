/**
 * The search page's behaviour, loaded by `<site-search>` (`site-search.ts`)
 * on first use (focus, typing, Enter, or a `?q=` in the URL), with the engine
 * it imports. It reads `?q=` and `?type=`, searches as the reader types
 * (debounced), keeps the query and the type filter in the URL (typing away
 * from a settled search pushes one entry, further typing replaces it, Enter
 * or a filter settles it; `popstate` restores), announces the count in a live
 * region, draws the filters by type with their counts, offers « Vouliez-vous
 * dire … ? », shows ten more results on demand and, when nothing matches here
 * but the other language has results, says so.
 */
import { interpolate } from '../i18n/interpolate';
import { queryFromUrl, typeFromUrl, urlWithQuery } from '../search/runtime/url-state';
import type { SearchEngine, SearchResponse } from '../search/runtime/browser';
import type { SearchResultType } from '../search/format';
import type { Locale } from '../i18n/locales';
import { filterOptions, resultItem, showSuggestion, updateFilters, type Highlighter } from './search-view';

type Browser = typeof import('../search/runtime/browser');

/** Strings passed by the page in `data-strings`. */
interface Strings {
  idle: string;
  none: string;
  one: string;
  many: string;
  filtered: string;
  error: string;
  otherOne: string;
  otherMany: string;
  otherLink: string;
  suggestion: string;
  all: string;
  types: Record<string, string>;
  filters: Record<string, string>;
}

/** Milliseconds after the last keystroke before searching. */
const debounceMs = 120;

/** Results shown at first, and added by each « more results ». */
const pageSize = 10;

let browserModule: Promise<Browser> | undefined;

/** Loads the engine module once. */
function loadBrowser(): Promise<Browser> {
  browserModule ??= import('../search/runtime/browser');
  return browserModule;
}

/** What the reader did before this module arrived, as `<site-search>` recorded it in `data-pending`. */
type Pending = 'focus' | 'typing' | 'settle' | 'load';

/** The behaviour of one `<site-search>` element. */
class SearchUi {
  private readonly dataset: DOMStringMap;
  private strings!: Strings;
  private input!: HTMLInputElement;
  private status!: HTMLElement;
  private results!: HTMLOListElement;
  private other!: HTMLElement;
  private suggestion!: HTMLElement;
  private filters!: HTMLFieldSetElement;
  private more!: HTMLButtonElement;
  private options = new Map<string, HTMLLabelElement>();
  private engines = new Map<string, Promise<SearchEngine>>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private sequence = 0;
  private shown = '';
  private type: SearchResultType | undefined;
  private limit = pageSize;
  /** True while the current history entry holds a search the reader settled on (loaded, Enter, a filter, back). */
  private settled = false;

  constructor(private readonly element: HTMLElement) {
    this.dataset = element.dataset;
  }

  /** Finds the parts the page rendered, wires them, and takes over from what the reader already did. */
  start(pending: Pending): void {
    const find = <T extends Element>(selector: string) => this.element.querySelector<T>(selector);
    const [input, status, results, other, suggestion, filters, more, form] = [
      find<HTMLInputElement>('input[name="q"]'),
      find<HTMLElement>('[role="status"]'),
      find<HTMLOListElement>('ol'),
      find<HTMLElement>('[data-search-other]'),
      find<HTMLElement>('[data-search-suggestion]'),
      find<HTMLFieldSetElement>('[data-search-filters]'),
      find<HTMLButtonElement>('[data-search-more]'),
      find<HTMLFormElement>('form'),
    ];
    if (!input || !status || !results || !other || !suggestion || !filters || !more || !form) return;
    this.strings = JSON.parse(this.dataset['strings'] ?? '{}') as Strings;
    Object.assign(this, { input, status, results, other, suggestion, filters, more });
    this.options = filterOptions(filters, this.strings.filters, this.strings.all);

    void this.engine(this.dataset['lang'] ?? 'fr', this.dataset['index'] ?? '').catch(() => undefined);
    input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.run(input.value, 'typing'), debounceMs);
    });
    input.addEventListener('keydown', (event) => {
      const first = results.querySelector('a');
      if (event.key !== 'ArrowDown' || !first) return;
      event.preventDefault();
      first.focus();
    });
    results.addEventListener('keydown', (event) => this.moveFocus(event));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.timer);
      void this.run(input.value, 'settle');
    });
    filters.addEventListener('change', (event) => {
      const value = (event.target as HTMLInputElement).value;
      this.type = value === '' ? undefined : (value as SearchResultType);
      void this.run(input.value, 'settle');
    });
    more.addEventListener('click', () => void this.showMore());
    suggestion.addEventListener('click', (event) => {
      const link = (event.target as Element).closest('a');
      if (!link) return;
      event.preventDefault();
      input.value = link.textContent ?? '';
      input.focus();
      void this.run(input.value, 'settle');
    });
    window.addEventListener('popstate', () => this.restore());
    if (pending === 'typing' || pending === 'settle') {
      this.type = typeFromUrl(location.href);
      void this.run(input.value, pending);
    } else this.restore();
  }

  /** Takes the query and the filter from the URL and searches (page load, back and forward). */
  private restore(): void {
    this.input.value = queryFromUrl(location.href);
    this.type = typeFromUrl(location.href);
    this.settled = this.input.value !== '';
    void this.run(this.input.value, 'none');
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

  /** Ten more results; the focus goes to the first of them. */
  private async showMore(): Promise<void> {
    const before = this.results.querySelectorAll('a').length;
    this.limit += pageSize;
    await this.run(this.input.value, 'none', true);
    this.results.querySelectorAll('a')[before]?.focus();
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
   * (Enter, a filter) marks it as one the back button returns to; `none`
   * leaves history alone. A new search starts again from the first ten
   * results, unless `keepLimit` (more results).
   */
  private async run(text: string, history: 'typing' | 'settle' | 'none', keepLimit = false): Promise<void> {
    const query = text.trim();
    if (!keepLimit) this.limit = pageSize;
    const url = urlWithQuery(location.href, query, this.type);
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
      const response = await engine.search(query, { limit: this.limit, type: this.type });
      let otherTotal = 0;
      if (response.total === 0) {
        const otherEngine = await this.engine(this.dataset['otherLang'] ?? 'en', this.dataset['otherIndex'] ?? '');
        otherTotal = (await otherEngine.search(query, { limit: 1 })).total;
      }
      if (sequence !== this.sequence) return;
      delete this.dataset['failed'];
      this.render(query, { response, highlight: browser.highlight }, otherTotal);
    } catch {
      if (sequence !== this.sequence) return;
      this.announce(this.strings.error);
      this.dataset['failed'] = '';
    }
  }

  /** Draws the results, the count, the filters, the suggestion and the other-language hint. */
  private render(query: string, found: { response: SearchResponse; highlight: Highlighter } | undefined, otherTotal: number | undefined): void {
    const strings = this.strings;
    // A late search may redraw the list under a reader who already arrowed into it: keep their place.
    const focused = this.results.contains(document.activeElement) ? (document.activeElement as HTMLAnchorElement).getAttribute('href') : null;
    this.results.replaceChildren();
    for (const hint of [this.other, this.suggestion]) {
      hint.hidden = true;
      hint.replaceChildren();
    }
    const response = found?.response;
    const total = response?.total ?? 0;
    const count = this.type === undefined ? total : (response?.counts[this.type] ?? 0);
    this.filters.hidden = !response || (total === 0 && this.type === undefined);
    this.more.hidden = !response || response.hits.length >= count;
    if (!found || !response) {
      this.announce(strings.idle);
      return;
    }
    updateFilters(this.options, response.counts, total, this.type ?? '');
    for (const hit of response.hits) {
      const item = resultItem(hit, strings.types[hit.type] ?? hit.type, found.highlight);
      this.results.append(item);
      if (focused === hit.url) item.querySelector('a')?.focus();
    }
    const template = this.type !== undefined ? strings.filtered : total === 0 ? strings.none : total === 1 ? strings.one : strings.many;
    this.announce(interpolate(template, { count, total, query, type: strings.filters[this.type ?? ''] ?? '' }));
    if (response.suggestion !== undefined) showSuggestion(this.suggestion, strings.suggestion, response.suggestion, urlWithQuery(location.href, response.suggestion, this.type));
    if (total === 0 && otherTotal !== undefined && otherTotal > 0) {
      const link = document.createElement('a');
      link.href = urlWithQuery(new URL(this.dataset['otherPage'] ?? '/', location.href).href, query);
      link.hreflang = this.dataset['otherLang'] ?? '';
      link.textContent = strings.otherLink;
      this.other.append(interpolate(otherTotal === 1 ? strings.otherOne : strings.otherMany, { count: otherTotal }), ' ', link);
      this.other.hidden = false;
    }
  }

  /** Puts `message` in the live region, only when it changes, so typing does not chatter. */
  private announce(message: string): void {
    if (message === this.shown) return;
    this.status.textContent = message;
    this.shown = message;
  }
}

for (const element of document.querySelectorAll<HTMLElement>('site-search')) {
  const pending = (element.dataset['pending'] ?? 'load') as Pending;
  delete element.dataset['pending'];
  new SearchUi(element).start(pending);
}
