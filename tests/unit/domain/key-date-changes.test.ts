import { describe, expect, test } from 'vitest';
import type { KeyDateChangeNote } from '../../../src/content/schemas/key-dates';
import { moveSentence, staleNoticeText } from '../../../src/domain/change-text';
import { eventSequence, keyDateMoves, keyDateSpan, latestMove, type KeyDateTimeFields } from '../../../src/domain/key-date-changes';
import { useTranslations } from '../../../src/i18n/translate';

const zone = 'America/Toronto';
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const note = (date: string, previous?: KeyDateChangeNote['previous']): KeyDateChangeNote => ({ date, impact: previous ? 'major' : 'minor', note: { fr: 'n', en: 'n' }, previous });

/** The information session: moved from 3 to 10 December, then from 12:00 to 13:30. */
const session: KeyDateTimeFields = {
  date: '2026-12-10',
  time: '13:30',
  endTime: '14:30',
  timeZone: zone,
  state: 'changed',
  milestone: 'other',
  changes: [note('2026-11-25', { date: '2026-12-10', time: '12:00', timeZone: zone }), note('2026-11-24', { date: '2026-12-03', time: '12:00', timeZone: zone }), note('2026-11-26')],
};

describe('keyDateMoves', () => {
  test('oldest first; each move leads to the next one’s old value, the last to the current value', () => {
    const moves = keyDateMoves(session);
    expect(moves.map((move) => [move.change.date, move.before.day, move.before.time, move.after.when?.day, move.after.when?.time])).toEqual([
      ['2026-11-24', '2026-12-03', '12:00', '2026-12-10', '12:00'],
      ['2026-11-25', '2026-12-10', '12:00', '2026-12-10', '13:30'],
    ]);
    expect(latestMove(session)?.change.date).toBe('2026-11-25');
    expect(eventSequence(session)).toBe(2);
  });

  test.each([
    { state: 'cancelled' as const, cancelled: true, day: '2026-12-10' },
    { state: 'to-be-announced' as const, cancelled: false, day: undefined },
  ])('a date now $state', ({ state, cancelled, day }) => {
    expect(latestMove({ ...session, state })?.after).toEqual({ cancelled, when: day && { day, time: '13:30', timeZone: zone } });
  });
});

describe('keyDateSpan', () => {
  test.each([
    { label: 'end time', fields: session, expected: ['2026-12-10T18:30:00.000Z', '2026-12-10T19:30:00.000Z'] },
    { label: 'deadline: ends at its time', fields: { ...session, endTime: undefined, milestone: 'applications-close' as const }, expected: ['2026-12-10T18:00:00.000Z', '2026-12-10T18:30:00.000Z'] },
    { label: 'to be announced', fields: { ...session, state: 'to-be-announced' as const }, expected: undefined },
  ])('$label', ({ fields, expected }) => {
    const span = keyDateSpan(fields);
    expect(span && !span.allDay ? [span.start.toISOString(), span.end.toISOString()] : span).toEqual(expected);
  });
});

describe('in words: was, now', () => {
  const move = latestMove(session);
  if (!move) throw new Error('the session moved');
  test.each([
    { lang: 'fr' as const, expected: "Date modifiée le 25 novembre 2026 : auparavant le 10 décembre 2026 à 12 h (heure de l’Est) ; désormais le 10 décembre 2026 à 13 h 30 (heure de l’Est)." },
    { lang: 'en' as const, expected: 'Date changed on November 25, 2026: previously December 10, 2026, 12:00 p.m. ET; now December 10, 2026, 1:30 p.m. ET.' },
  ])('moveSentence ($lang)', ({ lang, expected }) => {
    expect(spaces(moveSentence(lang, useTranslations(lang), move))).toBe(expected);
  });

  test.each([
    { lang: 'fr' as const, after: move.after, expected: "Mise à jour : nouvelle date pour « Séance » : le 10 décembre 2026 à 13 h 30 (heure de l’Est), au lieu du 10 décembre 2026 à 12 h (heure de l’Est)." },
    { lang: 'en' as const, after: move.after, expected: 'Update: new date for “Séance”: December 10, 2026, 1:30 p.m. ET, instead of December 10, 2026, 12:00 p.m. ET.' },
    { lang: 'fr' as const, after: { ...move.after, cancelled: true }, expected: "Mise à jour : annulation de « Séance », qui devait avoir lieu le 10 décembre 2026 à 12 h (heure de l’Est)." },
    { lang: 'en' as const, after: { when: undefined, cancelled: false }, expected: 'Update: the date of “Séance” (December 10, 2026, 12:00 p.m. ET) is withdrawn; the new date will be announced.' },
  ])('staleNoticeText ($lang)', ({ lang, after, expected }) => {
    expect(spaces(staleNoticeText(lang, useTranslations(lang), 'Séance', move, after))).toBe(expected);
  });
});
