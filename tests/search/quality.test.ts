/**
 * Search quality on the real content: if this fails, readers stop finding
 * what they type, or stop seeing why a result matched. The judged set
 * (tests/search/queries.json) must keep the best answer in the top 3 for at
 * least 95 % of its queries with a mean reciprocal rank of at least 0.85;
 * every query with a typo must return something; and for a query of several
 * words, the excerpt of each of the first three results must hold one of
 * them whenever the result's text does.
 */
import { dirname, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { localeCodes, type Locale } from '../../src/i18n/locales';
import { allowedTypos, terms, tokenize, typingErrors } from '../../src/search/normalize';
import type { SearchDocument } from '../../src/search/format';
import type { SearchEngine, SearchResponse } from '../../src/search/runtime/engine';
import { compileSynonyms, parseQuery, queryWords } from '../../src/search/runtime/query';
import synonyms from '../../src/search/synonyms.json';
import { documentsFromContent, engineFor } from './content';
import { bestAnswers, isHeldOut, measure, type JudgedQuery } from './metrics';
import judged from './queries.json';

/** Where the content is read from; `SEARCH_CONTENT` lets a reviewer point at another `content` folder (its parent is read as a project). */
const projectRoot = dirname(resolve(process.env['SEARCH_CONTENT'] ?? 'content'));

const queries = judged.queries as readonly JudgedQuery[];
const documents = new Map<Locale, SearchDocument[]>(localeCodes.map((lang) => [lang, documentsFromContent(projectRoot, lang)]));
const engines = new Map<Locale, Promise<SearchEngine>>(localeCodes.map((lang) => [lang, engineFor(documents.get(lang) ?? [], lang)]));

/** The first ten results of a judged query, as the page asks for them. */
async function results(query: JudgedQuery): Promise<SearchResponse> {
  const engine = await engines.get(query.lang);
  if (!engine) throw new Error(`no index for ${query.lang}`);
  return engine.search(query.query, { limit: 10 });
}

const runs = Promise.all(queries.map(async (query) => ({ query, response: await results(query) })));
const urlsOf = async () => (await runs).map(({ query, response }) => ({ query, urls: response.hits.map((hit) => hit.url) }));

/** Every word of each language's documents, folded. */
const vocabularies = new Map<Locale, Set<string>>(localeCodes.map((lang) => [lang, new Set((documents.get(lang) ?? []).flatMap((document) => terms(`${document.title} ${document.body}`, lang)))]));

/**
 * The words a query stands for, as docs/search.md defines them and written
 * here apart from the engine: each word typed and each word of its synonyms;
 * a word of the text matches one when it is that word, its completion (any,
 * for the word being typed or a word the index lacks; else 2 letters more at
 * most) or, for a word the index lacks, within its allowed typing errors.
 */
function queryWordMatcher(query: JudgedQuery): (text: string) => boolean {
  const vocabulary = vocabularies.get(query.lang) ?? new Set<string>();
  const parsed = parseQuery(query.query, query.lang, compileSynonyms(synonyms, query.lang));
  const words = [...new Set(parsed.slots.flatMap((slot) => slot.alternatives.flatMap((alternative) => alternative.terms)))];
  const stands = (term: string, word: string) => {
    const known = vocabulary.has(word);
    const typos = known ? 0 : allowedTypos(word.length);
    const completes = word.length >= 3 && term.startsWith(word) && (word === parsed.lastTerm || !known || term.length - word.length <= 2);
    return term === word || completes || (typos > 0 && typingErrors(word, term, typos) <= typos);
  };
  return (text) => tokenize(text).some(({ term }) => words.some((word) => stands(term, word)));
}

describe('judged query set', () => {
  test('has at least 120 queries, half in each language, of every kind, each judged against a document that exists', () => {
    expect(queries.length).toBeGreaterThanOrEqual(120);
    const french = queries.filter((query) => query.lang === 'fr').length;
    expect(Math.abs(french - (queries.length - french))).toBeLessThanOrEqual(2);
    for (const kind of ['exact', 'no-accents', 'typo', 'prefix', 'multi-word', 'phrase', 'number', 'kind', 'synonym', 'question']) {
      expect(queries.filter((query) => query.kind === kind).length, kind).toBeGreaterThanOrEqual(4);
    }
    const missing = queries.flatMap((query) => [...bestAnswers(query), ...(query.relevant ?? [])].filter((url) => !documents.get(query.lang)?.some((document) => document.url === url)).map((url) => `${query.query}: ${url}`));
    expect(missing).toEqual([]);
  });

  test('the best answer is in the top 3 for at least 95 % of queries, with a mean reciprocal rank of at least 0.85', async () => {
    const all = await urlsOf();
    const { top3, mrr, ndcg3 } = measure(all);
    const misses = all.filter(({ query, urls }) => !urls.slice(0, 3).some((url) => bestAnswers(query).includes(url)));
    const report = misses.map(({ query, urls }) => `${query.lang} ${query.kind} «${query.query}» → ${urls.slice(0, 3).join(', ') || 'nothing'} (expected ${bestAnswers(query).join(' or ')})`);
    const heldOut = measure(all.filter(({ query }) => isHeldOut(query)));
    console.info(`judged set: top-3 ${(top3 * 100).toFixed(1)} %, MRR ${mrr.toFixed(3)}, nDCG@3 ${ndcg3.toFixed(3)}; held out (${heldOut.queries}): top-3 ${(heldOut.top3 * 100).toFixed(1)} %, MRR ${heldOut.mrr.toFixed(3)}, nDCG@3 ${heldOut.ndcg3.toFixed(3)}`);
    expect(top3, `misses:\n${report.join('\n')}`).toBeGreaterThanOrEqual(0.95);
    expect(mrr).toBeGreaterThanOrEqual(0.85);
  });

  test.each(queries.filter((query) => query.kind === 'typo').map((query) => [query.lang, query.query, query] as const))('a typo returns something: %s «%s»', async (_lang, _text, query) => {
    expect((await results(query)).hits.length).toBeGreaterThan(0);
  });

  test('for a query of several words, each of the first three excerpts holds one of them when the result’s text does', async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const { query, response } of await runs) {
      if (queryWords(query.query, query.lang).length < 2) continue;
      const holds = queryWordMatcher(query);
      for (const hit of response.hits.slice(0, 3)) {
        const text = documents.get(query.lang)?.find((document) => document.url === hit.url)?.body ?? '';
        if (!holds(text)) continue;
        checked += 1;
        if (!holds(hit.excerpt)) failures.push(`«${query.query}» ${hit.url}: ${hit.excerpt}`);
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });
});
