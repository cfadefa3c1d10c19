/**
 * Search quality on the real content: if this fails, readers stop finding
 * what they type. Every judged query (tests/search/queries.json) must have its
 * expected result in the top 3 for at least 95% of the set, and every query
 * with a typo must return something.
 */
import { dirname, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { localeCodes, type Locale } from '../../src/i18n/locales';
import type { SearchEngine } from '../../src/search/runtime/engine';
import { documentsFromContent, engineFor } from './content';
import judged from './queries.json';

/** Where the content is read from; `SEARCH_CONTENT` lets a reviewer point at another `content` folder (its parent is read as a project). */
const projectRoot = dirname(resolve(process.env['SEARCH_CONTENT'] ?? 'content'));

interface JudgedQuery {
  readonly lang: Locale;
  readonly kind: string;
  readonly query: string;
  readonly expected: string;
}

const queries = judged.queries as readonly JudgedQuery[];
const engines = new Map<Locale, Promise<SearchEngine>>(localeCodes.map((lang) => [lang, engineFor(documentsFromContent(projectRoot, lang), lang)]));

/** Top-3 result URLs of a judged query. */
async function top3(query: JudgedQuery): Promise<string[]> {
  const engine = await engines.get(query.lang);
  if (!engine) throw new Error(`no index for ${query.lang}`);
  return (await engine.search(query.query, 3)).hits.map((hit) => hit.url);
}

describe('judged query set', () => {
  test('has at least 50 queries, half in each language, of every kind', () => {
    expect(queries.length).toBeGreaterThanOrEqual(50);
    const french = queries.filter((query) => query.lang === 'fr').length;
    expect(Math.abs(french - (queries.length - french))).toBeLessThanOrEqual(2);
    for (const kind of ['exact', 'no-accents', 'typo', 'prefix', 'multi-word', 'synonym', 'question']) {
      expect(queries.filter((query) => query.kind === kind).length, kind).toBeGreaterThanOrEqual(4);
    }
  });

  test('the expected result is in the top 3 for at least 95% of queries', async () => {
    const misses: string[] = [];
    for (const query of queries) {
      const urls = await top3(query);
      if (!urls.includes(query.expected)) misses.push(`${query.lang} ${query.kind} «${query.query}» → ${urls.join(', ') || 'nothing'} (expected ${query.expected})`);
    }
    const share = 1 - misses.length / queries.length;
    expect(share, `misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.95);
  });

  test.each(queries.filter((query) => query.kind === 'typo').map((query) => [query.lang, query.query, query] as const))(
    'a typo returns something: %s «%s»',
    async (_lang, _text, query) => {
      expect((await top3(query)).length).toBeGreaterThan(0);
    },
  );
});
