/**
 * Where content lives and what an entry's path says: the content root, the
 * media folder, and the language and file name in an entry id. Each
 * collection's own folder is in the collections table (`collections.ts`).
 */
import { isLocale, type Locale } from '../i18n/locales';

/** Where content lives, relative to the repository root. */
export const contentRoot = 'content';

/** Folder of uploads and other media under `content/`; entries refer to them as `../../media/<file>`. */
export const mediaFolder = 'media';

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
