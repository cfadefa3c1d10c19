/**
 * Press kit downloads beside the media page: for each item, its web version
 * and its original (`/fr/medias/logo-programme-web.png`,
 * `/en/media/logo-programme-original.png`). See `src/outputs/press-kit.ts`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPressKit, pressKitDownloads, type PressKitFile } from '../../../outputs/press-kit';
import { localeCodes } from '../../../i18n/locales';
import { sectionSegments } from '../../../routes/urls';

export const getStaticPaths = (async () => {
  const paths = [];
  for (const lang of localeCodes) {
    for (const entry of await getPressKit(lang)) {
      const downloads = await pressKitDownloads(entry, lang);
      for (const file of [downloads.web, downloads.original]) {
        paths.push({ params: { lang, media: sectionSegments.media[lang], download: file.fileName }, props: { file } });
      }
    }
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: PressKitFile }> = ({ props }) =>
  new Response(props.file.body, { headers: { 'Content-Type': props.file.mimeType, 'Content-Length': String(props.file.bytes) } });
