import { describe, expect, test } from 'vitest';
import type { KeyDateChangeNote } from '../../../src/content/schemas/key-dates';
import { dayPattern, mentionsOldMoment, staleMentions, timePattern, type MatchedKeyDate } from '../../../src/domain/stale-mentions';

const zone = 'America/Toronto';

describe('dayPattern', () => {
  test.each([
    { lang: 'fr' as const, day: '2026-12-10', text: 'le jeudi 10 décembre 2026, de 12 h à 13 h', matches: true },
    { lang: 'fr' as const, day: '2026-12-10', text: '**10\u00a0décembre 2026, 12\u00a0h**', matches: true },
    { lang: 'fr' as const, day: '2026-12-10', text: 'le 10 déc. à midi', matches: true },
    { lang: 'fr' as const, day: '2026-12-10', text: 'le 10 décembre', matches: true },
    { lang: 'fr' as const, day: '2026-12-10', text: 'le 10 décembre 2027', matches: false },
    { lang: 'fr' as const, day: '2026-12-10', text: 'le 110 décembre', matches: false },
    { lang: 'fr' as const, day: '2026-12-10', text: 'le 1er décembre 2026', matches: false },
    { lang: 'fr' as const, day: '2027-03-01', text: 'dès le 1er mars', matches: true },
    { lang: 'fr' as const, day: '2026-12-10', text: 'date : 2026-12-10', matches: true },
    { lang: 'en' as const, day: '2026-12-10', text: 'on Thursday, December 10, 2026, at noon', matches: true },
    { lang: 'en' as const, day: '2026-12-10', text: '**December 10, 2026, 12:00 p.m.**', matches: true },
    { lang: 'en' as const, day: '2026-12-10', text: 'Dec. 10', matches: true },
    { lang: 'en' as const, day: '2026-12-10', text: '10 December 2026', matches: true },
    { lang: 'en' as const, day: '2026-12-10', text: 'December 10, 2027', matches: false },
    { lang: 'en' as const, day: '2026-12-10', text: 'December 1, 2026', matches: false },
    { lang: 'en' as const, day: '2026-12-03', text: 'December 3rd', matches: true },
  ])('$lang: « $text » names $day: $matches', ({ lang, day, text, matches }) => {
    expect(dayPattern(lang, day).test(text)).toBe(matches);
  });
});

describe('timePattern', () => {
  test.each([
    { lang: 'fr' as const, time: '12:00', text: 'de 12 h à 13 h', matches: true },
    { lang: 'fr' as const, time: '12:00', text: 'à 12h', matches: true },
    { lang: 'fr' as const, time: '12:00', text: 'à 12 h 00', matches: true },
    { lang: 'fr' as const, time: '12:00', text: 'à midi', matches: true },
    { lang: 'fr' as const, time: '12:00', text: 'à 12 h 30', matches: false },
    { lang: 'fr' as const, time: '12:00', text: 'à 112 h', matches: false },
    { lang: 'fr' as const, time: '13:30', text: 'à 13 h 30', matches: true },
    { lang: 'fr' as const, time: '13:30', text: 'à 13h30', matches: true },
    { lang: 'fr' as const, time: '13:30', text: 'à 13 h', matches: false },
    { lang: 'fr' as const, time: '09:00', text: 'dès 9 h', matches: true },
    { lang: 'fr' as const, time: '09:00', text: 'dès 19 h', matches: false },
    { lang: 'fr' as const, time: '23:59', text: 'à 23 h 59', matches: true },
    { lang: 'en' as const, time: '12:00', text: 'at 12:00 p.m.', matches: true },
    { lang: 'en' as const, time: '12:00', text: 'at 12 pm', matches: true },
    { lang: 'en' as const, time: '12:00', text: 'at noon', matches: true },
    { lang: 'en' as const, time: '12:00', text: 'at 12:00 a.m.', matches: false },
    { lang: 'en' as const, time: '13:30', text: 'at 1:30 p.m.', matches: true },
    { lang: 'en' as const, time: '13:30', text: 'at 13:30', matches: true },
    { lang: 'en' as const, time: '13:30', text: 'at 11:30 p.m.', matches: false },
    { lang: 'en' as const, time: '09:00', text: 'at 9:00 a.m.', matches: true },
    { lang: 'en' as const, time: '09:00', text: 'at 9 a.m.', matches: true },
    { lang: 'en' as const, time: '09:00', text: 'at 9 p.m.', matches: false },
    { lang: 'en' as const, time: '23:59', text: 'by 11:59 p.m. ET', matches: true },
  ])('$lang: « $text » names $time: $matches', ({ lang, time, text, matches }) => {
    expect(timePattern(lang, time).test(text)).toBe(matches);
  });
});

describe('mentionsOldMoment', () => {
  const timeMoved = { before: { day: '2026-12-10', time: '12:00', timeZone: zone }, after: { when: { day: '2026-12-10', time: '13:30', timeZone: zone }, cancelled: false } };
  const dayMoved = { before: { day: '2026-12-03', time: '12:00', timeZone: zone }, after: { when: { day: '2026-12-10', time: '12:00', timeZone: zone }, cancelled: false } };
  test.each([
    { label: 'time moved, day and old time on one line', lang: 'fr' as const, move: timeMoved, text: 'le jeudi 10 décembre 2026, de 12 h à 13 h (heure de l’Est).', stale: true },
    { label: 'time moved, old time on another line', lang: 'fr' as const, move: timeMoved, text: 'le 10 décembre 2026.\nOuverture à 12 h.', stale: false },
    { label: 'time moved, new time only', lang: 'fr' as const, move: timeMoved, text: 'le 10 décembre 2026 à 13 h 30', stale: false },
    { label: 'time moved (English)', lang: 'en' as const, move: timeMoved, text: '- **December 10, 2026, 12:00 p.m.**: online information session;', stale: true },
    { label: 'day moved, old day anywhere', lang: 'fr' as const, move: dayMoved, text: 'La séance aura lieu le 3 décembre.', stale: true },
    { label: 'day moved, new day only', lang: 'en' as const, move: dayMoved, text: 'The session is on December 10.', stale: false },
    { label: 'cancelled: old day named', lang: 'fr' as const, move: { ...timeMoved, after: { when: { day: '2026-12-10', time: '12:00', timeZone: zone }, cancelled: true } }, text: 'le 10 décembre', stale: true },
  ])('$label: $stale', ({ lang, move, text, stale }) => {
    expect(mentionsOldMoment(text, lang, move)).toBe(stale);
  });
});

describe('staleMentions', () => {
  const note = (date: string, previous: KeyDateChangeNote['previous']): KeyDateChangeNote => ({ date, impact: 'major', note: { fr: 'Déplacée', en: 'Moved' }, previous });
  const session: MatchedKeyDate = {
    slug: 'seance-information',
    label: 'Séance d’information en ligne',
    date: '2026-12-10',
    time: '13:30',
    timeZone: zone,
    state: 'changed',
    milestone: 'other',
    changes: [note('2026-11-24', { date: '2026-12-03', time: '12:00', timeZone: zone }), note('2026-11-25', { date: '2026-12-10', time: '12:00', timeZone: zone })],
  };
  const text = 'Séance le jeudi 10 décembre 2026, de 12 h à 13 h.';

  test.each([
    { label: 'written before the second move: names its old time', lastEdit: '2026-11-24', expected: ['2026-12-10 12:00'] },
    { label: 'written before both moves: the oldest move it names', lastEdit: '2026-11-20', expected: ['2026-12-10 12:00'] },
    { label: 'edited after the last move: no notice', lastEdit: '2026-11-25', expected: [] },
  ])('$label', ({ lastEdit, expected }) => {
    expect(staleMentions({ lang: 'fr', text, lastEdit }, [session]).map(({ before }) => `${before.day} ${before.time}`)).toEqual(expected);
  });

  test('an announcement naming the first old day gets the notice for that move', () => {
    const [mention] = staleMentions({ lang: 'fr', text: '- **3 décembre 2026, 12 h** : séance', lastEdit: '2026-11-19' }, [session]);
    expect(mention?.before.day).toBe('2026-12-03');
    expect(mention?.keyDate.slug).toBe('seance-information');
  });
});
