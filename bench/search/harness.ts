/**
 * Runs in the benchmark's harness page (`/<lang>/`, served by `server.ts`):
 * loads each engine only when first asked, exactly as a page would, and times
 * queries. Bundled by esbuild with code splitting, so each engine's code is
 * its own file and counts in its own bytes.
 */
type Engine = 'ours' | 'fuse' | 'pagefind';
type Searcher = (query: string) => Promise<string[]>;

const lang = document.documentElement.lang === 'en' ? 'en' : 'fr';
const searchers = new Map<Engine, Promise<Searcher>>();

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
}

async function load(engine: Engine): Promise<Searcher> {
  if (engine === 'ours') {
    // As the search page does: the manifest is fetched while the engine module loads.
    const manifest = fetch(`/search/${lang}/index.json`).then((response) => response.json() as Promise<unknown>);
    const { openSearch } = await import('../../src/search/runtime/browser');
    const search = await openSearch(`/search/${lang}/`, lang, manifest);
    return async (query: string) => (await search.search(query, 10)).hits.map((hit) => hit.url);
  }
  if (engine === 'fuse') {
    const { naiveFuse, naiveSearch } = await import('./naive-fuse');
    const documents = await (await fetch(`/naive/${lang}.json`)).json();
    const fuse = naiveFuse(documents);
    return async (query: string) => naiveSearch(fuse, query);
  }
  const path = '/pagefind/pagefind.js';
  const pagefind = (await import(path)) as PagefindModule;
  await pagefind.options({});
  return async (query: string) => {
    const found = await pagefind.search(query);
    const data = await Promise.all(found.results.slice(0, 10).map((result) => result.data()));
    return data.map((item) => item.url);
  };
}

function searcher(engine: Engine): Promise<Searcher> {
  let found = searchers.get(engine);
  if (!found) {
    found = load(engine);
    searchers.set(engine, found);
  }
  return found;
}

Object.assign(window, {
  __bench: {
    /** First query from nothing loaded: milliseconds to results, and the results. */
    async first(engine: Engine, query: string) {
      const start = performance.now();
      const search = await searcher(engine);
      const urls = await search(query);
      return { ms: performance.now() - start, urls };
    },
    /** Times each query in turn. */
    async run(engine: Engine, queries: string[]) {
      const search = await searcher(engine);
      const times: number[] = [];
      const urls: string[][] = [];
      for (const query of queries) {
        const start = performance.now();
        urls.push(await search(query));
        times.push(performance.now() - start);
      }
      return { times, urls };
    },
  },
});
