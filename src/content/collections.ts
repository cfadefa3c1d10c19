/**
 * Every collection in one list: its folder, file format, schema and CMS
 * fields. The content check reads it; adding a collection means adding it here
 * and in `src/content.config.ts`.
 */
import type { z } from 'astro/zod';
import { announcementCmsFields, announcementSchema } from './schemas/announcements';
import { criteriaCmsFields, criteriaSchema } from './schemas/criteria';
import { faqCmsFields, faqSchema } from './schemas/faq';
import { keyDateCmsFields, keyDateSchema } from './schemas/key-dates';
import { pageCmsFields, pageSchema } from './schemas/pages';
import { pressKitCmsFields, pressKitSchema } from './schemas/press-kit';
import { settingsCmsFields, settingsSchema } from './schemas/settings';
import type { DecapField } from './schemas/shared';
import { contentFolders, type CollectionName } from './paths';

/** What the content check needs to know about a collection. */
export interface CollectionSpec {
  /** Name in `astro:content`. */
  readonly name: CollectionName;
  /** Folder under `content/`. */
  readonly folder: string;
  /** `markdown` files carry YAML frontmatter and a body; `yaml` files are data only. */
  readonly format: 'markdown' | 'yaml';
  /** Builds the schema; `image` validates an image path relative to the entry. */
  readonly schema: (image: () => z.ZodType) => z.ZodType;
  /** The Decap fields, whose French labels name fields in error messages. */
  readonly fields: readonly DecapField[];
  /** Whether entries must exist in every language, paired by file name or translation key. */
  readonly paired: boolean;
}

/** All collections. */
export const collectionSpecs: readonly CollectionSpec[] = [
  { name: 'announcements', folder: contentFolders.announcements, format: 'markdown', schema: (image) => announcementSchema({ image }), fields: announcementCmsFields, paired: true },
  { name: 'criteria', folder: contentFolders.criteria, format: 'markdown', schema: () => criteriaSchema, fields: criteriaCmsFields, paired: true },
  { name: 'keyDates', folder: contentFolders.keyDates, format: 'markdown', schema: () => keyDateSchema, fields: keyDateCmsFields, paired: true },
  { name: 'faq', folder: contentFolders.faq, format: 'markdown', schema: () => faqSchema, fields: faqCmsFields, paired: true },
  { name: 'pages', folder: contentFolders.pages, format: 'markdown', schema: () => pageSchema, fields: pageCmsFields, paired: true },
  { name: 'pressKit', folder: contentFolders.pressKit, format: 'markdown', schema: (image) => pressKitSchema({ image }), fields: pressKitCmsFields, paired: true },
  { name: 'settings', folder: contentFolders.settings, format: 'yaml', schema: () => settingsSchema, fields: settingsCmsFields, paired: true },
];
