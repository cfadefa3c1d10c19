/** `/fr/programme.json`, `/en/program.json`: the program's open data (shape in `src/outputs/open-data.ts`, documented in docs/open-data.md). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { openData } from '../../outputs/collect';
import { localeCodes, type Locale } from '../../i18n/locales';
import { openDataSchema } from '../../outputs/open-data';
import { languageFiles, requireSite } from '../../routes/urls';

export const getStaticPaths = (() =>
  localeCodes.map((lang) => ({ params: { lang, data: languageFiles.openData[lang].replace(/\.json$/, '') } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params['lang'] as Locale;
  // Validate before publishing: a file that breaks its documented shape fails the build, not the reusers.
  const data = openDataSchema.parse(await openData(lang, requireSite(site)));
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
