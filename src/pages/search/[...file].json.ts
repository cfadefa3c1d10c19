/**
 * The search index files, `/search/<lang>/index.json` and its shards (see
 * `src/search/format.ts`). Static JSON, fetched by the search page only
 * when the reader starts searching. The `.json` is in the route's name, not
 * in its parameter, so the dev server (`trailingSlash: 'always'`) serves
 * `/search/fr/index.json` without a slash, as the build does.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAllSearchFiles } from '../../search/build/site-index';

export const getStaticPaths = (async () => {
  const files = await getAllSearchFiles();
  return files.map(({ path, body }) => ({ params: { file: path.replace(/\.json$/, '') }, props: { body } }));
}) satisfies GetStaticPaths;

interface Props {
  body: unknown;
}

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(JSON.stringify(props.body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
