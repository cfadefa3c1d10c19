/**
 * No silent change, in the CMS: before publishing a key date or the criteria,
 * the entry is compared with its published version, read from the open data
 * the site publishes (`/fr/programme.json`, `/en/program.json`: in `npm start`
 * the dev server computes them from the repository's files; in production
 * they are what the last build published). A confirmed date whose day, time
 * or zone moves, or a criterion that changes, is refused without a new change
 * note, with the same rule and the same French messages as
 * `npm run check:content` (`src/content/history-check.ts`), each naming its
 * field.
 *
 * Pure but for `loadPublished`, which takes the `fetch` to use.
 */
import { collectionTable } from '../content/collections';
import { criteriaHistoryProblems, keyDateHistoryProblems } from '../content/history-check';
import { defaultLocale, localeCodes, type Locale } from '../i18n/locales';
import { typesetData } from '../i18n/typography';
import type { OpenData } from '../outputs/open-data';
import { languageFilePath } from '../routes/urls';
import type { CmsEntryData, CmsEntryIssue } from './validation';

/** The published open data of each language, as far as it could be read. */
export type PublishedVersions = Partial<Record<Locale, Pick<OpenData, 'keyDates' | 'criteria'>>>;

/** The published key date as the rule reads a file: its value and the days of its notes. */
function publishedKeyDate(data: Pick<OpenData, 'keyDates'>, id: string): Record<string, unknown> | undefined {
  const keyDate = data.keyDates.find((candidate) => candidate.id === id);
  if (!keyDate) return undefined;
  return { state: keyDate.state, date: keyDate.date, time: keyDate.time, timeZone: keyDate.timeZone, changes: keyDate.changes.map((change) => ({ date: change.date })) };
}

/** The published criteria as the rule reads a file: each criterion, its earlier wordings' days, the notes' days. */
function publishedCriteria(data: Pick<OpenData, 'criteria'>): Record<string, unknown> {
  return {
    items: data.criteria.items.map((item) => ({ id: item.id, title: item.title, description: item.description, kind: item.kind, previous: item.previous.map((earlier) => ({ date: earlier.date })) })),
    changes: data.criteria.changes.map((change) => ({ date: change.date })),
  };
}

/**
 * What stops publishing `slug` of `collection` with `data`, compared with
 * `published`. A key date is compared in the French pane (its day and time
 * are shared, its history is there); the criteria in every language (their
 * text is translated), the notes always read from the French pane. Without
 * published data (a new entry, an open data file that could not be read)
 * nothing is compared.
 */
export function publishedChangeIssues(collection: string, slug: string, data: CmsEntryData, published: PublishedVersions): CmsEntryIssue[] {
  if (collection !== 'keyDates' && collection !== 'criteria') return [];
  // The published open data is typeset by the site (’, no-break spaces); the entry is as the editor typed it.
  // Typesetting the entry the same way (idempotent) leaves only real changes.
  const typesetEntry = (locale: Locale) => {
    const entry = data[locale];
    return entry && typesetData(locale, entry);
  };
  const frenchBase = published[defaultLocale];
  const frenchNow = typesetEntry(defaultLocale);
  return (collection === 'keyDates' ? [defaultLocale] : localeCodes).flatMap((locale) => {
    const current = typesetEntry(locale);
    const base = published[locale];
    if (!current || !base) return [];
    const file = `content/${collectionTable[collection].folder}/${locale}/${slug}.md`;
    const before = collection === 'keyDates' ? publishedKeyDate(base, slug) : publishedCriteria(base);
    if (!before) return [];
    const problems =
      collection === 'keyDates'
        ? keyDateHistoryProblems(file, before, current)
        : criteriaHistoryProblems(file, before, current, { base: frenchBase ? publishedCriteria(frenchBase) : before, head: frenchNow ?? current });
    return problems.map((problem) => ({ locale, field: problem.fieldLabel ?? problem.field ?? '', message: problem.message }));
  });
}

/** Reads the published open data of every language from the site (same origin); a language that cannot be read is left out. */
export async function loadPublished(fetcher: (path: string) => Promise<Response>): Promise<PublishedVersions> {
  const entries = await Promise.all(
    localeCodes.map(async (locale) => {
      try {
        const response = await fetcher(languageFilePath(locale, 'openData'));
        if (!response.ok) return [];
        const body = (await response.json()) as Partial<OpenData>;
        return Array.isArray(body.keyDates) && body.criteria ? [[locale, { keyDates: body.keyDates, criteria: body.criteria }] as const] : [];
      } catch {
        return [];
      }
    }),
  );
  return Object.fromEntries(entries.flat());
}
