/**
 * Image downloads beside the media page: for each press kit item and each
 * public startup's logo, its web version and its original
 * (`/fr/medias/logo-programme-web.png`, `/en/media/calqueo-logo-original.png`).
 * See `src/outputs/press-kit.ts`. Startups come from `getCohort`, so no logo
 * is served before the results are announced.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPressKit, pressKitDownloads, type PressKitFile } from '../../../outputs/press-kit';
import { cohortLogoDownloads } from '../../../outputs/cohort';
import { getCohort } from '../../../data/queries';
import { localeCodes } from '../../../i18n/locales';
import { sectionSegments } from '../../../routes/urls';

export const getStaticPaths = (async () => {
  const paths = [];
  for (const lang of localeCodes) {
    const downloads = [
      ...(await Promise.all((await getPressKit(lang)).map((entry) => pressKitDownloads(entry, lang)))),
      ...(await Promise.all((await getCohort(lang)).map((entry) => cohortLogoDownloads(entry, lang)))),
    ];
    const seen = new Set<string>();
    for (const file of downloads.flatMap((pair) => [pair.web, pair.original])) {
      // Two items whose names collide would silently serve one file for both.
      if (seen.has(file.path)) throw new Error(`${file.path} : deux téléchargements portent ce nom (duplicate download name)`);
      seen.add(file.path);
      paths.push({ params: { lang, media: sectionSegments.media[lang], download: file.fileName }, props: { file } });
    }
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: PressKitFile }> = ({ props }) =>
  new Response(props.file.body, { headers: { 'Content-Type': props.file.mimeType, 'Content-Length': String(props.file.bytes) } });
