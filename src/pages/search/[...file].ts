/**
 * The search index files, `/search/<lang>/index.json` and its shards (see
 * `src/search/format.ts`). Static JSON, fetched by the search page only
 * when the reader starts searching.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAllSearchFiles } from '../../search/build/site-index';

export const getStaticPaths = (async () => {
  const files = await getAllSearchFiles();
  return files.map(({ path, body }) => ({ params: { file: path }, props: { body } }));
}) satisfies GetStaticPaths;

interface Props {
  body: unknown;
}

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(JSON.stringify(props.body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
