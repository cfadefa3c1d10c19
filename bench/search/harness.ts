/**
 * Runs in the benchmark's harness page (`/<lang>/`, served by
 * bench/shared/server.ts): loads the project's search only when first asked,
 * as the search page does (its behaviour, `search-ui.ts`, and the engine),
 * and times queries of ten results, as many as the page shows first. Bundled
 * by esbuild with code splitting, so the search code is in chunks of its own
 * and counts in the bytes to first results.
 */

/** What the page exposes to the benchmark as `window.__bench`. */
export interface Harness {
  /** First query from nothing loaded: milliseconds to results. */
  first(query: string): Promise<number>;
  /** Milliseconds of each query in turn. */
  run(queries: readonly string[]): Promise<number[]>;
}

declare global {
  interface Window {
    __bench: Harness;
  }
}

type Search = (query: string) => Promise<unknown>;

const lang = document.documentElement.lang === 'en' ? 'en' : 'fr';
let loaded: Promise<Search> | undefined;

async function load(): Promise<Search> {
  // As the search page does: the manifest is fetched while the page's behaviour and the engine load
  // (the page's own module, search-ui.ts, finds no <site-search> here and does nothing, but its bytes count).
  const manifest = fetch(`/search/${lang}/index.json`).then((response) => response.json() as Promise<unknown>);
  const [{ openSearch }] = await Promise.all([import('../../src/search/runtime/browser'), import('../../src/scripts/search-ui')]);
  const engine = await openSearch(`/search/${lang}/`, lang, manifest);
  return (query) => engine.search(query, { limit: 10 });
}

const harness: Harness = {
  async first(query) {
    const start = performance.now();
    await (await (loaded ??= load()))(query);
    return performance.now() - start;
  },
  async run(queries) {
    const search = await (loaded ??= load());
    const times: number[] = [];
    for (const query of queries) {
      const start = performance.now();
      await search(query);
      times.push(performance.now() - start);
    }
    return times;
  },
};
window.__bench = harness;
