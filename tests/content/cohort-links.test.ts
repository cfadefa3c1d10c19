// If this fails, an announcement links to the cohort but could be published before it: at its release the
// build would stop (or, scheduled wrong, name a startup early). Each line names the file and what to set.
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readCollection } from '../../src/content/read-from-disk';
import { earlyCohortMentions, resultsInstant } from '../../src/domain/cohort';
import { localeCodes } from '../../src/i18n/locales';
import { cohortPrefixes } from '../../src/routes/cohort-routes';

test('announcements that link to the cohort are scheduled at the results instant or later', () => {
  const root = join(import.meta.dirname, '..', '..');
  const resultsAt = resultsInstant(localeCodes.map((lang) => readCollection(root, 'keyDates', lang).map((entry) => entry.data)));
  const problems = localeCodes.flatMap((lang) =>
    readCollection(root, 'announcements', lang).flatMap((entry) => {
      const early = earlyCohortMentions(entry, resultsAt, cohortPrefixes);
      return early.length === 0
        ? []
        : [`content/announcements/${entry.id}.md — Publication programmée (publishAt) : renvoie à ${early.join(', ')} ; programmer la publication au moment de l’annonce des résultats ou plus tard${resultsAt === null ? ' (la date des résultats est encore à annoncer : laisser l’annonce en brouillon)' : ''}`];
    }),
  );
  expect(problems.join('\n')).toBe('');
});
