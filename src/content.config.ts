/**
 * Content collections. Each schema lives in `src/content/schemas/`, beside the
 * Decap CMS fields that edit it; this file only wires folders to schemas.
 * Files whose name starts with `_` are ignored (editors' notes, templates).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { announcementSchema } from './content/schemas/announcements';
import { criteriaSchema } from './content/schemas/criteria';
import { faqSchema } from './content/schemas/faq';
import { keyDateSchema } from './content/schemas/key-dates';
import { pageSchema } from './content/schemas/pages';
import { pressKitSchema } from './content/schemas/press-kit';
import { settingsSchema } from './content/schemas/settings';
import { contentFolders } from './content/paths';

/**
 * Entry ids are the path without extension (`fr/mon-annonce`). Astro's default
 * would use a frontmatter `slug` as the id instead; here `slug` is only the
 * localized URL, and the id must keep the language folder.
 */
function idFromPath({ entry }: { entry: string }): string {
  return entry.replace(/\.(md|ya?ml)$/, '');
}

/** Every language folder of a collection, Markdown only (CMS-edited content is never MDX). */
function markdownIn(folder: string) {
  return glob({ base: `./content/${folder}`, pattern: ['*/**/*.md', '!**/_*'], generateId: idFromPath });
}

export const collections = {
  announcements: defineCollection({ loader: markdownIn(contentFolders.announcements), schema: ({ image }) => announcementSchema({ image }) }),
  criteria: defineCollection({ loader: markdownIn(contentFolders.criteria), schema: criteriaSchema }),
  keyDates: defineCollection({ loader: markdownIn(contentFolders.keyDates), schema: keyDateSchema }),
  faq: defineCollection({ loader: markdownIn(contentFolders.faq), schema: faqSchema }),
  pages: defineCollection({ loader: markdownIn(contentFolders.pages), schema: pageSchema }),
  pressKit: defineCollection({ loader: markdownIn(contentFolders.pressKit), schema: ({ image }) => pressKitSchema({ image }) }),
  settings: defineCollection({
    loader: glob({ base: `./content/${contentFolders.settings}`, pattern: ['*/site.yml'], generateId: idFromPath }),
    schema: settingsSchema,
  }),
};
