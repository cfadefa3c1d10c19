/**
 * The "no silent change" rule over files: both versions of each key date and
 * criteria file, read and handed to the rules of `history-check.ts`. Pure: the
 * caller passes the texts (`git-base.ts` reads them from git).
 */
import { collectionTable } from './collections';
import type { ContentProblem } from './check';
import { criteriaHistoryProblems, keyDateHistoryProblems } from './history-check';
import { contentRoot } from './paths';
import { readContentText } from './reader';
import { defaultLocale } from '../i18n/locales';

/** A content file at the base and now; `base` is `undefined` for a file new since the base. */
export interface FileVersions {
  /** Path relative to the repository (`content/key-dates/fr/date-limite.md`). */
  readonly path: string;
  readonly base: string | undefined;
  readonly head: string;
}

/** The folders whose files this rule compares. */
export const historyCheckedFolders = [collectionTable.keyDates.folder, collectionTable.criteria.folder] as const;

/** A record read leniently. */
type Data = Readonly<Record<string, unknown>>;

/** Both versions of a file's data, when both read. */
function bothVersions(file: FileVersions | undefined): { readonly base: Data; readonly head: Data } | undefined {
  if (file?.base === undefined) return undefined;
  const [before, after] = [readContentText(file.base, 'markdown'), readContentText(file.head, 'markdown')];
  return before.ok && after.ok ? { base: before.data, head: after.data } : undefined;
}

/**
 * Every problem of the rule over the files given (others are ignored); files
 * that do not read are left to the content check. Key dates are checked in
 * the French file (the other files' day and time must equal it: the content
 * check says so); criteria in every language (their text is translated), the
 * notes always read from the French file.
 */
export function historyProblems(files: readonly FileVersions[]): ContentProblem[] {
  return files.flatMap((file) => {
    const [, folder, lang, name] = file.path.split('/');
    if (!(historyCheckedFolders as readonly (string | undefined)[]).includes(folder)) return [];
    const versions = bothVersions(file);
    if (!versions) return [];
    if (folder === collectionTable.keyDates.folder) return lang === defaultLocale ? keyDateHistoryProblems(file.path, versions.base, versions.head) : [];
    const notes = lang === defaultLocale ? versions : bothVersions(files.find((other) => other.path === `${contentRoot}/${folder}/${defaultLocale}/${name}`));
    return criteriaHistoryProblems(file.path, versions.base, versions.head, notes ?? { base: {}, head: {} });
  });
}
