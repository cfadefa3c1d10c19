import { describe, expect, test } from 'vitest';
import { newNotes } from '../../../src/content/history-check';
import { historyProblems } from '../../../src/content/history-files';

/** A Markdown file with `frontmatter` (YAML lines). */
const file = (...frontmatter: string[]) => ['---', ...frontmatter, '---', ''].join('\n');
const keyDatePath = 'content/key-dates/fr/seance-information.md';
const criteriaPath = 'content/criteria/fr/criteres.md';

const session = (when: string[], changes: string[] = []) =>
  file('label: Séance', ...when, 'milestone: other', ...(changes.length > 0 ? ['changes:', ...changes] : []));
const confirmedAt = (time: string, state = 'confirmed') => ['date: 2026-12-10', `time: "${time}"`, `state: ${state}`];
const note = (date: string, previous?: string[]) => [`  - date: ${date}`, '    note: { fr: Déplacée, en: Moved }', '    impact: major', ...(previous ? ['    previous:', ...previous.map((line) => `      ${line}`)] : [])];

describe('key dates', () => {
  test.each([
    { label: 'unchanged', base: session(confirmedAt('12:00')), head: session(confirmedAt('12:00')), fields: [] },
    { label: 'first announced (to be announced → confirmed): no note needed', base: session(['state: to-be-announced']), head: session(confirmedAt('12:00')), fields: [] },
    { label: 'time moved without a note', base: session(confirmedAt('12:00')), head: session(confirmedAt('13:30')), fields: ['time'] },
    { label: 'day moved without a note', base: session(confirmedAt('12:00')), head: session(['date: 2026-12-17', 'time: "12:00"', 'state: confirmed']), fields: ['date'] },
    { label: 'zone moved without a note', base: session(confirmedAt('12:00')), head: session([...confirmedAt('12:00'), 'timeZone: America/Vancouver']), fields: ['timeZone'] },
    { label: 'cancelled without a note', base: session(confirmedAt('12:00')), head: session(confirmedAt('12:00', 'cancelled')), fields: ['state'] },
    { label: 'withdrawn (to be announced again) without a note', base: session(confirmedAt('12:00')), head: session(['state: to-be-announced']), fields: ['state'] },
    { label: 'time moved, note without the old value', base: session(confirmedAt('12:00')), head: session(confirmedAt('13:30'), note('2026-11-25')), fields: ['changes'] },
    { label: 'time moved, note with a wrong old value', base: session(confirmedAt('12:00')), head: session(confirmedAt('13:30'), note('2026-11-25', ['date: 2026-12-10', 'time: "11:00"'])), fields: ['changes'] },
    { label: 'time moved, note with the old value', base: session(confirmedAt('12:00')), head: session(confirmedAt('13:30'), note('2026-11-25', ['date: 2026-12-10', 'time: "12:00"'])), fields: [] },
    { label: 'an old note reworded does not count as new', base: session(confirmedAt('12:00'), note('2026-11-24')), head: session(confirmedAt('13:30'), note('2026-11-24', ['date: 2026-12-10', 'time: "12:00"'])), fields: ['time'] },
  ])('$label', ({ base, head, fields }) => {
    expect(historyProblems([{ path: keyDatePath, base, head }]).map((problem) => problem.field)).toEqual(fields);
  });

  test('a new file, or a file of another collection, is not compared', () => {
    expect(historyProblems([{ path: keyDatePath, base: undefined, head: session(confirmedAt('13:30')) }])).toEqual([]);
    expect(historyProblems([{ path: 'content/faq/fr/x.md', base: session(confirmedAt('12:00')), head: session(confirmedAt('13:30')) }])).toEqual([]);
  });

  test('the message names the old and new value and what to write', () => {
    const [problem] = historyProblems([{ path: keyDatePath, base: session(confirmedAt('12:00')), head: session(confirmedAt('13:30')) }]);
    expect(problem).toMatchObject({ file: keyDatePath, field: 'time', fieldLabel: 'Heure (HH:MM, 24 h)' });
    expect(problem?.message).toContain('2026-12-10 12:00 (America/Toronto) → 2026-12-10 13:30 (America/Toronto)');
    expect(problem?.message).toContain('ancienne valeur : date 2026-12-10, heure 12:00, fuseau America/Toronto');
  });
});

describe('criteria', () => {
  const criterion = (id: string, title: string, extra: string[] = []) => [`  - id: ${id}`, `    title: ${title}`, '    description: Texte.', '    kind: eligibility', ...extra];
  const criteria = (items: string[], changes: string[] = []) => file('title: Critères', 'items:', ...items, ...(changes.length > 0 ? ['changes:', ...changes] : []));
  const criteriaNote = ['  - date: 2026-11-25', '    note: { fr: Changé, en: Changed }', '    impact: minor'];
  const kept = ['    previous:', '      - date: 2026-11-25', '        title: Ancien', '        description: Texte.'];

  test.each([
    { label: 'unchanged', head: criteria(criterion('a', 'Ancien')), fields: [] },
    { label: 'title changed without a note nor the old wording', head: criteria(criterion('a', 'Nouveau')), fields: ['items.0.title', 'items.0.previous'] },
    { label: 'title changed with a note, old wording not kept', head: criteria(criterion('a', 'Nouveau'), criteriaNote), fields: ['items.0.previous'] },
    { label: 'title changed with a note and the old wording', head: criteria(criterion('a', 'Nouveau', kept), criteriaNote), fields: [] },
    { label: 'criterion added without a note', head: criteria([...criterion('a', 'Ancien'), ...criterion('b', 'Autre')]), fields: ['items.1.id'] },
    { label: 'criterion removed without a note', head: criteria(criterion('b', 'Autre')), fields: ['items', 'items.0.id'] },
  ])('$label', ({ head, fields }) => {
    expect(historyProblems([{ path: criteriaPath, base: criteria(criterion('a', 'Ancien')), head }]).map((problem) => problem.field)).toEqual(fields);
  });
});

describe('newNotes', () => {
  test('counted by day: a second note the same day is new', () => {
    const day = (date: string) => ({ date });
    expect(newNotes([day('2026-11-24')], [day('2026-11-24'), day('2026-11-24'), day('2026-11-25')])).toEqual([day('2026-11-24'), day('2026-11-25')]);
  });
});

describe('criteria in English: the notes are read from the French file', () => {
  const item = (title: string) => ['  - id: a', `    title: ${title}`, '    description: Text.', '    kind: eligibility'];
  const english = (title: string) => file('title: Criteria', 'items:', ...item(title));
  const french = (changes: string[]) => file('title: Critères', 'items:', ...item('Ancien'), ...(changes.length > 0 ? ['changes:', ...changes] : []));
  const note = ['  - date: 2026-11-25', '    note: { fr: Changé, en: Changed }', '    impact: minor'];
  test.each([
    { label: 'English title changed, no new French note', frenchHead: french([]), fields: ['items.0.title', 'items.0.previous'] },
    { label: 'English title changed, a new French note', frenchHead: french(note), fields: ['items.0.previous'] },
  ])('$label', ({ frenchHead, fields }) => {
    const problems = historyProblems([
      { path: 'content/criteria/fr/criteres.md', base: french([]), head: frenchHead },
      { path: 'content/criteria/en/criteres.md', base: english('Old'), head: english('New') },
    ]);
    expect(problems.filter((problem) => problem.file.includes('/en/')).map((problem) => problem.field)).toEqual(fields);
  });
});
