/**
 * Reads the real content files the way an editor wrote them, so browser tests
 * derive their expectations (form URL, key dates, FAQ anchors) from content
 * instead of hard-coding it. Uses the project's one content reader.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { collectionTable, fileExtension, type CollectionName } from '../../src/content/collections';
import { readRawFile } from '../../src/content/read-from-disk';
import { toInstant } from '../../src/domain/dates';

/** The repository's content folder. */
export const contentRoot = join(import.meta.dirname, '..', '..', 'content');

/** The frontmatter (or YAML data) of a content file, as written. */
export function frontmatter(path: string): Record<string, unknown> {
  return readRawFile(path).data;
}

/** Every entry of a collection in one language: file name and data as written. */
export function entries(collection: CollectionName, lang: 'fr' | 'en'): { file: string; data: Record<string, unknown> }[] {
  const spec = collectionTable[collection];
  const extension = `.${fileExtension(spec)}`;
  const folder = join(contentRoot, spec.folder, lang);
  return readdirSync(folder)
    .filter((name) => name.endsWith(extension) && !name.startsWith('_'))
    .sort()
    .map((name) => ({ file: name.slice(0, -extension.length), data: frontmatter(join(folder, name)) }));
}

/** The settings of one language, as written. */
export function settings(lang: 'fr' | 'en'): Record<string, unknown> {
  return frontmatter(join(contentRoot, collectionTable.settings.folder, lang, 'site.yml'));
}

/** The instant of the first confirmed key date of a milestone, from the French content. */
export function milestoneInstant(milestone: string): Date {
  const found = entries('keyDates', 'fr').find((entry) => entry.data['milestone'] === milestone && entry.data['state'] !== 'to-be-announced');
  if (!found) throw new Error(`content/key-dates/fr has no confirmed ${milestone} date`);
  const { date, time, timeZone } = found.data;
  const day = date instanceof Date ? date.toISOString().slice(0, 10) : String(date);
  return toInstant({ day, time: typeof time === 'string' ? time : undefined, timeZone: typeof timeZone === 'string' ? timeZone : 'America/Toronto' }, milestone === 'applications-close' && typeof time !== 'string' ? 'end' : 'start');
}
