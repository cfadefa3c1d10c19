import { describe, expect, test } from 'vitest';
import { eventJsonLd, faqPageJsonLd, isoWithOffset, newsArticleJsonLd, organizationJsonLd, serializeJsonLd } from '../../../src/outputs/structured-data';

describe('serializeJsonLd', () => {
  test.each([
    { label: 'closing script tag', headline: 'Titre </script><script>alert(1)</script>' },
    { label: 'comment opener', headline: 'a <!-- b' },
    { label: 'ampersand and quotes', headline: 'R&D « " »' },
    { label: 'line separators', headline: 'a\u2028b\u2029c' },
    { label: 'upper-case tag', headline: '</SCRIPT >' },
  ])('$label: no markup survives, the value does', ({ headline }) => {
    const json = serializeJsonLd({ '@type': 'NewsArticle', headline });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ '@type': 'NewsArticle', headline });
  });

  test('arrays of nodes', () => {
    expect(JSON.parse(serializeJsonLd([{ '@type': 'A' }, { '@type': 'B' }]))).toHaveLength(2);
  });
});

describe('isoWithOffset', () => {
  test.each([
    { instant: '2027-03-16T03:59:00Z', zone: 'America/Toronto', expected: '2027-03-15T23:59:00-04:00' },
    { instant: '2027-01-15T15:00:00Z', zone: 'America/Toronto', expected: '2027-01-15T10:00:00-05:00' },
    { instant: '2027-01-15T15:00:00Z', zone: 'UTC', expected: '2027-01-15T15:00:00+00:00' },
    { instant: '2026-11-26T13:28:12.021Z', zone: 'America/Toronto', expected: '2026-11-26T08:28:12-05:00' },
  ])('$instant in $zone', ({ instant, zone, expected }) => {
    expect(isoWithOffset(new Date(instant), zone)).toBe(expected);
  });
});

describe('builders', () => {
  const organizer = { name: 'Le CAMP', url: 'https://example.ca/fr/' };

  test('Organization carries the media contact', () => {
    const node = organizationJsonLd({ name: 'Programme', url: organizer.url, description: 'd', mediaContact: { name: 'Médias', email: 'm@example.ca', phone: '+1 418 555-0101' } });
    expect(node).toMatchObject({ '@type': 'Organization', contactPoint: { '@type': 'ContactPoint', email: 'm@example.ca', telephone: '+1 418 555-0101' } });
    expect(node).not.toHaveProperty('logo');
  });

  test('NewsArticle defaults dateModified to datePublished', () => {
    const node = newsArticleJsonLd({
      headline: 'H', description: 'D', url: 'https://example.ca/fr/annonces/h/', inLanguage: 'fr-CA', datePublished: '2026-11-02T00:00:00-05:00',
      image: 'https://example.ca/og.jpg', publisher: organizer,
    });
    expect(node).toMatchObject({ '@type': 'NewsArticle', dateModified: '2026-11-02T00:00:00-05:00', image: ['https://example.ca/og.jpg'] });
  });

  test('FAQPage lists questions with answers', () => {
    const node = faqPageJsonLd({ url: 'u', inLanguage: 'fr-CA', items: [{ question: 'Q ?', answerHtml: ' <p>R</p>\n', url: 'u#q' }] });
    expect(node['mainEntity']).toEqual([{ '@type': 'Question', name: 'Q ?', url: 'u#q', acceptedAnswer: { '@type': 'Answer', text: '<p>R</p>' } }]);
  });

  const session = { name: 'Séance', url: 'u', inLanguage: 'fr-CA', startDate: '2026-12-10T13:30:00-05:00', endDate: '2026-12-10T14:30:00-05:00', organizer };
  test.each([
    { status: 'scheduled' as const, expected: 'https://schema.org/EventScheduled', previousStartDate: undefined },
    { status: 'rescheduled' as const, expected: 'https://schema.org/EventRescheduled', previousStartDate: '2026-12-10T12:00:00-05:00' },
    { status: 'cancelled' as const, expected: 'https://schema.org/EventCancelled', previousStartDate: undefined },
  ])('Event status $status', ({ status, expected, previousStartDate }) => {
    const node = eventJsonLd({ ...session, status, previousStartDate, attendance: { online: true } });
    expect(node['eventStatus']).toBe(expected);
    expect(node['endDate']).toBe('2026-12-10T14:30:00-05:00');
    if (previousStartDate) expect(node['previousStartDate']).toBe(previousStartDate);
    else expect(node).not.toHaveProperty('previousStartDate');
  });

  test.each([
    { attendance: { online: true } as const, mode: 'https://schema.org/OnlineEventAttendanceMode', location: { '@type': 'VirtualLocation', url: 'u' } },
    { attendance: { online: false, place: 'Le CAMP, Québec' } as const, mode: 'https://schema.org/OfflineEventAttendanceMode', location: { '@type': 'Place', name: 'Le CAMP, Québec', address: 'Le CAMP, Québec' } },
  ])('Event location when online=$attendance.online', ({ attendance, mode, location }) => {
    const node = eventJsonLd({ ...session, status: 'scheduled', attendance });
    expect(node['eventAttendanceMode']).toBe(mode);
    expect(node['location']).toEqual(location);
  });
});
