import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { eventSequence, eventUid, keyDateEvent, renderCalendar, type CalendarKeyDate } from '../../../src/outputs/calendar';

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

const url = 'https://example.ca/fr/dates/#date-limite';

/** Parses iCalendar text with ical.js and returns its events. */
function parse(text: string): ICAL.Event[] {
  const component = new ICAL.Component(ICAL.parse(text));
  return component.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

describe('eventSequence', () => {
  test.each([
    { changes: [], expected: 0 },
    { changes: [{ date: '2027-01-10', note: 'a', impact: 'major' as const }], expected: 1 },
    {
      changes: [
        { date: '2027-01-10', note: 'a', impact: 'major' as const },
        { date: '2027-01-11', note: 'b', impact: 'minor' as const },
      ],
      expected: 2,
    },
  ])('$expected after $changes.length changes', ({ changes, expected }) => {
    expect(eventSequence(changes)).toBe(expected);
  });
});

describe('keyDateEvent', () => {
  test.each([
    { label: 'to be announced', input: keyDate({ state: 'to-be-announced', date: undefined, time: undefined }) },
    { label: 'to be announced with a tentative day', input: keyDate({ state: 'to-be-announced' }) },
  ])('leaves out a date $label', ({ input }) => {
    expect(keyDateEvent(input, url, 'Détails :')).toBeUndefined();
  });

  test.each([
    { label: 'timed, EDT', input: keyDate(), start: '2027-03-16T03:59:00.000Z', allDay: false, end: undefined },
    { label: 'timed, EST', input: keyDate({ date: '2027-01-15', time: '10:00' }), start: '2027-01-15T15:00:00.000Z', allDay: false, end: undefined },
    { label: 'whole day', input: keyDate({ time: undefined }), start: '2027-03-15T00:00:00.000Z', allDay: true, end: '2027-03-16T00:00:00.000Z' },
    { label: 'changed date counts', input: keyDate({ state: 'changed', date: '2027-03-22' }), start: '2027-03-23T03:59:00.000Z', allDay: false, end: undefined },
  ])('$label', ({ input, start, allDay, end }) => {
    const event = keyDateEvent(input, url, 'Détails :');
    expect(event?.start.toISOString()).toBe(start);
    expect(event?.allDay).toBe(allDay);
    expect(event?.end?.toISOString()).toBe(end);
    expect(event?.uid).toBe(eventUid('date-limite'));
  });
});

describe('renderCalendar, read back with ical.js', () => {
  const events = [
    keyDate({ changes: [{ date: '2027-01-10', note: 'Reportée au 15 mars', impact: 'major' }, { date: '2027-01-11', note: 'Coquille', impact: 'minor' }] }),
    keyDate({ key: 'seance', label: 'Séance d’information; questions, réponses', time: undefined, date: '2026-12-01', milestone: 'other' }),
    keyDate({ key: 'resultats', state: 'to-be-announced', date: undefined, time: undefined }),
  ].flatMap((input) => keyDateEvent(input, url, 'Détails :') ?? []);
  const text = renderCalendar({ name: 'Dates clés', description: 'Programme', url: 'https://example.ca/fr/dates.ics', language: 'fr', stamp: new Date('2026-11-20T12:00:00Z'), events });
  const parsed = parse(text);

  test('one event per dated key date', () => {
    expect(parsed.map((event) => event.uid)).toEqual([eventUid('date-limite'), eventUid('seance')]);
  });

  test('timed event is the right instant, in UTC', () => {
    const [deadline] = parsed;
    expect(deadline?.startDate.toJSDate().toISOString()).toBe('2027-03-16T03:59:00.000Z');
    expect(deadline?.startDate.zone?.tzid).toBe('UTC');
    expect(deadline?.sequence).toBe(2);
    expect(deadline?.component.getFirstPropertyValue('url')).toBe(url);
  });

  test('whole-day event is a date, ending the next day', () => {
    const session = parsed[1];
    expect(session?.startDate.isDate).toBe(true);
    expect(session?.startDate.toString()).toBe('2026-12-01');
    expect(session?.endDate.toString()).toBe('2026-12-02');
    expect(session?.summary).toBe('Séance d’information; questions, réponses');
    expect(session?.sequence).toBe(0);
  });

  test('calendar-level properties', () => {
    const component = new ICAL.Component(ICAL.parse(text));
    expect(component.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(component.getFirstPropertyValue('x-wr-calname')).toBe('Dates clés');
    expect(String(component.getFirstPropertyValue('prodid'))).toContain('//FR');
  });
});
