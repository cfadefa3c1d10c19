// If this fails, a published key date or criterion changed without a change note saying what it was: the public would not be told.
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { formatProblem } from '../../src/content/check';
import { readBaseVersions } from '../../src/content/git-base';
import { historyCheckedFolders, historyProblems } from '../../src/content/history-files';
import { readCollection, readContentTree } from '../../src/content/read-from-disk';
import { withSharedHistory } from '../../src/content/translations';
import { lastEditDay } from '../../src/domain/announcements';
import { staleMentions } from '../../src/domain/stale-mentions';
import { localeCodes } from '../../src/i18n/locales';

const root = join(import.meta.dirname, '..', '..');
const baseRef = process.env['CONTENT_BASE_REF'];

test('no published date or criterion changed without a change note (against git: CONTENT_BASE_REF, or each file’s previous commit)', (context) => {
  const paths = [...readContentTree(root).keys()].filter((path) => historyCheckedFolders.some((folder) => path.startsWith(`content/${folder}/`)) && path.endsWith('.md'));
  expect(paths.length, 'key dates and criteria are found').toBeGreaterThan(0);
  const versions = readBaseVersions(root, paths, baseRef);
  if (!versions.available) {
    // Said out loud, never passed in silence: this one rule is skipped, every other check still runs.
    console.warn(`RÈGLE NON VÉRIFIÉE — changements sans note : ${versions.reason}`);
    context.skip(`historique indisponible : ${versions.reason}`);
    return;
  }
  console.info(`Changements sans note : comparaison avec ${versions.base}, ${versions.files.filter((file) => file.base !== undefined).length} fichier(s) publiés.`);
  expect(historyProblems(versions.files).map(formatProblem).join('\n')).toBe('');
});

test('old announcements that name a moved date are listed for editors (the site shows them a notice)', () => {
  const listed: string[] = [];
  for (const lang of localeCodes) {
    // The history is in the French files; every language's announcements are read against it.
    const keyDates = withSharedHistory(readCollection(root, 'keyDates', lang), readCollection(root, 'keyDates', 'fr')).map((entry) => ({ ...entry.data, slug: entry.id.split('/')[1] ?? entry.id }));
    for (const entry of readCollection(root, 'announcements', lang)) {
      if (entry.data.draft) continue;
      const text = [entry.data.title, entry.data.summary, entry.body].join('\n');
      for (const mention of staleMentions({ lang, text, lastEdit: lastEditDay(entry.data) ?? entry.data.published }, keyDates)) {
        // The notice is given only for an old value the text really names.
        expect(mention.move.change.date > (lastEditDay(entry.data) ?? entry.data.published)).toBe(true);
        listed.push(`content/announcements/${entry.id}.md : cite « ${mention.keyDate.label} » à son ancienne valeur (${mention.before.day}${mention.before.time ? ` ${mention.before.time}` : ''}) ; la page affiche un avis de mise à jour (texte inchangé)`);
      }
    }
  }
  console.info(listed.length === 0 ? 'Aucune annonce ne cite une date qui a changé depuis.' : `Annonces qui citent une date qui a changé depuis (avis affiché en haut de la page) :\n${listed.join('\n')}`);
});
