import { describe, expect, test } from 'vitest';
import type { KeyDateChangeNote } from '../../../src/content/schemas/key-dates';
import { eventUid, keyDateEvent, renderCalendar, type CalendarKeyDate } from '../../../src/outputs/calendar';
import { readCalendar, readWithIcalJs, readWithTsIcs } from '../../support/calendars';

/** A key date fixture: the application deadline, 15 March 2027 at 23:59 Eastern. */
function keyDate(partial: Partial<CalendarKeyDate> = {}): CalendarKeyDate {
  return {
    key: 'date-limite',
    label: 'Date limite',
    date: '2027-03-15',
    time: '23:59',
    timeZone: 'America/Toronto',
    state: 'confirmed',
    milestone: 'applications-close',
    changes: [],
    ...partial,
  };
}

/** A change note; `previous` makes it a move. */
function note(date: string, previous?: KeyDateChangeNote['previous'], impact: KeyDateChangeNote['impact'] = 'major'): KeyDateChangeNote {
  return { date, impact, note: { fr: `Changement du ${date}`, en: `Change of ${date}` }, previous };
}

const url = 'https://example.ca/fr/dates/#date-limite';
const texts = { moreInfo: 'Détails :' };

describe('keyDateEvent', () => {
  test.each([
    { label: 'to be announced', input: keyDate({ state: 'to-be-announced', date: undefined, time: undefined }) },
    { label: 'to be announced with a tentative day', input: keyDate({ state: 'to-be-announced' }) },
  ])('leaves out a date $label', ({ input }) => {
    expect(keyDateEvent(input, 'fr', url, texts)).toBeUndefined();
  });

  // Every timed event has an end: the editor's end time or duration; a deadline is a short event that
  // ends at the deadline (never after midnight); other times last 30 minutes.
  test.each([
    { label: 'deadline, EDT: ends at 23:59, not after midnight', input: keyDate(), start: '2027-03-16T03:29:00.000Z', end: '2027-03-16T03:59:00.000Z', allDay: false },
    { label: 'deadline with a duration', input: keyDate({ duration: 60 }), start: '2027-03-16T02:59:00.000Z', end: '2027-03-16T03:59:00.000Z', allDay: false },
    { label: 'session with an end time, EST', input: keyDate({ milestone: 'other', date: '2026-12-10', time: '12:00', endTime: '13:00' }), start: '2026-12-10T17:00:00.000Z', end: '2026-12-10T18:00:00.000Z', allDay: false },
    { label: 'session with a duration', input: keyDate({ milestone: 'other', date: '2026-12-10', time: '13:30', duration: 90 }), start: '2026-12-10T18:30:00.000Z', end: '2026-12-10T20:00:00.000Z', allDay: false },
    { label: 'opening without an end: 30 minutes', input: keyDate({ milestone: 'applications-open', date: '2027-01-11', time: '09:00' }), start: '2027-01-11T14:00:00.000Z', end: '2027-01-11T14:30:00.000Z', allDay: false },
    { label: 'whole day', input: keyDate({ time: undefined }), start: '2027-03-15T00:00:00.000Z', end: '2027-03-16T00:00:00.000Z', allDay: true },
  ])('$label', ({ input, start, end, allDay }) => {
    const event = keyDateEvent(input, 'fr', url, texts);
    expect(event?.start.toISOString()).toBe(start);
    expect(event?.end.toISOString()).toBe(end);
    expect(event?.allDay).toBe(allDay);
  });

  // SEQUENCE grows with each change to the event's time (RFC 5545 §3.8.7.4), not with wording fixes.
  test.each([
    { label: 'never changed', changes: [], sequence: 0 },
    { label: 'a wording fix', changes: [note('2027-01-05', undefined, 'minor')], sequence: 0 },
    { label: 'one move', changes: [note('2027-01-10', { date: '2027-03-08', time: '23:59', timeZone: 'America/Toronto' })], sequence: 1 },
    {
      label: 'two moves and a wording fix',
      changes: [note('2027-01-10', { date: '2027-03-08', time: '23:59', timeZone: 'America/Toronto' }), note('2027-01-11', undefined, 'minor'), note('2027-02-01', { date: '2027-03-12', time: '12:00', timeZone: 'America/Toronto' })],
      sequence: 2,
    },
  ])('SEQUENCE: $label → $sequence', ({ changes, sequence }) => {
    expect(keyDateEvent(keyDate({ changes }), 'fr', url, texts)?.sequence).toBe(sequence);
  });

  test.each([
    { changes: [], lastModified: undefined },
    // The start of the day of the latest note, in the date's zone.
    { changes: [note('2027-01-10', undefined, 'minor'), note('2026-12-01')], lastModified: '2027-01-10T05:00:00.000Z' },
  ])('LAST-MODIFIED follows the latest change ($lastModified)', ({ changes, lastModified }) => {
    expect(keyDateEvent(keyDate({ changes }), 'fr', url, texts)?.lastModified?.toISOString()).toBe(lastModified);
  });

  test('UIDs differ by language, so both calendars can live in one agenda', () => {
    expect(eventUid('date-limite', 'fr')).toBe('date-cle-date-limite.fr@programme-startups.example.ca');
    expect(eventUid('date-limite', 'fr')).not.toBe(eventUid('date-limite', 'en'));
  });
});

describe('renderCalendar, read back by ical.js and ts-ics', () => {
  const moved = note('2026-11-25', { date: '2026-12-10', time: '12:00', timeZone: 'America/Toronto' });
  const inputs = [
    keyDate({ changes: [note('2027-01-10', { date: '2027-03-15', timeZone: 'America/Toronto' }), note('2027-01-11', undefined, 'minor')] }),
    keyDate({ key: 'seance', label: 'Séance d’information; questions, réponses', milestone: 'other', date: '2026-12-10', time: '13:30', endTime: '14:30', state: 'changed', changes: [moved] }),
    keyDate({ key: 'publication', label: 'Publication', milestone: 'other', date: '2026-11-16', time: undefined }),
    keyDate({ key: 'annulee', label: 'Annulée', milestone: 'other', date: '2026-12-17', time: '12:00', state: 'cancelled', changes: [note('2026-11-26', { date: '2026-12-17', time: '12:00', timeZone: 'America/Toronto' })] }),
    keyDate({ key: 'resultats', state: 'to-be-announced', date: undefined, time: undefined }),
  ];
  const stamp = new Date('2026-11-30T12:00:00Z');
  const render = (lang: 'fr' | 'en') =>
    renderCalendar({ name: 'Dates clés', description: 'Programme', url: 'https://example.ca/fr/dates.ics', language: lang, stamp, events: inputs.flatMap((input) => keyDateEvent(input, lang, url, { ...texts, change: 'Date modifiée.' }) ?? []) });
  const text = render('fr');
  const events = readCalendar(text);
  const byUid = (key: string) => events.find((event) => event.uid === eventUid(key, 'fr'));

  test('both parsers read the same events, one per dated key date', () => {
    expect(readWithIcalJs(text)).toHaveLength(4);
    expect(readWithTsIcs(text).map((event) => event.uid)).toEqual(['date-limite', 'seance', 'publication', 'annulee'].map((key) => eventUid(key, 'fr')));
  });

  test('every line ends with CRLF, the last one too', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  test('the moved session: new start and end, SEQUENCE 1, stamped with its change, CONFIRMED', () => {
    expect(byUid('seance')).toMatchObject({
      start: '2026-12-10T18:30:00.000Z',
      end: '2026-12-10T19:30:00.000Z',
      sequence: 1,
      stamp: '2026-11-25T05:00:00.000Z',
      lastModified: '2026-11-25T05:00:00.000Z',
      status: 'CONFIRMED',
      summary: 'Séance d’information; questions, réponses',
    });
    expect(byUid('seance')?.description).toContain('Date modifiée.');
  });

  test('the deadline ends at 23:59; a date never changed is stamped with the build', () => {
    expect(byUid('date-limite')).toMatchObject({ end: '2027-03-16T03:59:00.000Z', sequence: 1 });
    expect(byUid('publication')).toMatchObject({ allDay: true, start: '2026-11-16', end: '2026-11-17', sequence: 0, stamp: stamp.toISOString(), lastModified: undefined });
  });

  test('a cancelled date stays, STATUS:CANCELLED, its SEQUENCE raised', () => {
    expect(byUid('annulee')).toMatchObject({ status: 'CANCELLED', sequence: 1 });
  });

  test('the French and the English calendars imported together keep every event', () => {
    const both = [...events, ...readCalendar(render('en'))];
    expect(new Set(both.map((event) => event.uid)).size).toBe(both.length);
  });
});
