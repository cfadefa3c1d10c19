/**
 * Where each collection lives under `content/`, shared by the Astro loaders,
 * the CMS configuration and the content checks so the three never disagree.
 */
import { isLocale, type Locale } from '../i18n/locales';

/** Folder of each collection, relative to `content/`. */
export const contentFolders = {
  announcements: 'announcements',
  criteria: 'criteria',
  keyDates: 'key-dates',
  faq: 'faq',
  pages: 'pages',
  pressKit: 'press-kit',
  settings: 'settings',
  media: 'media',
} as const;

/** A collection's name as used by `astro:content`. */
export type CollectionName = Exclude<keyof typeof contentFolders, 'media'>;

/** What an entry id (`fr/mon-annonce`) says: its language and its file name. */
export interface EntryIdParts {
  /** Language folder the file is in. */
  readonly lang: Locale;
  /** File name without extension: the translation key and default slug. */
  readonly fileSlug: string;
}

/**
 * Splits an Astro entry id (`<lang>/<file>`) into language and file slug.
 * Throws, naming the id, when the file is not inside a language folder.
 */
export function parseEntryId(id: string): EntryIdParts {
  const [lang, ...rest] = id.split('/');
  const fileSlug = rest.join('/');
  if (!isLocale(lang) || fileSlug === '') {
    throw new Error(`« ${id} » : le fichier doit être dans un dossier de langue (fr/ ou en/) — file must be inside a language folder`);
  }
  return { lang, fileSlug };
}
