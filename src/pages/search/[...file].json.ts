/**
 * The search index files, `/search/<lang>/index.json` and its shards (see
 * `src/search/format.ts`). Static JSON, fetched by the search page only
 * when the reader starts searching. The `.json` is in the route's name, not
 * in its parameter, so the dev server (`trailingSlash: 'always'`) serves
 * `/search/fr/index.json` without a slash, as the build does.
 *
 * `astro dev` answers each file; `astro build` renders them as one pack that
 * `src/integrations/search-files.ts` writes out (why: `src/search/build/pack.ts`).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { packSearchFiles, searchPackName } from '../../search/build/pack';
import { getAllSearchFiles } from '../../search/build/site-index';

export const getStaticPaths = (async () => {
  const files = (await getAllSearchFiles()).map(({ path, body }) => ({ path, text: JSON.stringify(body) }));
  if (!import.meta.env.DEV) return [{ params: { file: searchPackName }, props: { text: packSearchFiles(files) } }];
  return files.map(({ path, text }) => ({ params: { file: path.replace(/\.json$/, '') }, props: { text } }));
}) satisfies GetStaticPaths;

interface Props {
  /** The file's body, serialised. */
  text: string;
}

export const GET: APIRoute<Props> = ({ props }) => new Response(props.text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
