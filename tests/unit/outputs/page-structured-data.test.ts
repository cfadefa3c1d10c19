import { describe, expect, test } from 'vitest';
import { lastEditDay } from '../../../src/domain/announcements';
import { keyDateSchema } from '../../../src/content/schemas/key-dates';
import {
  announcementStructuredData,
  announcementTimes,
  cohortMemberStructuredData,
  cohortStructuredData,
  faqStructuredData,
  homeStructuredData,
  keyDatesStructuredData,
  type PageContext,
} from '../../../src/outputs/page-structured-data';

const settings = {
  organizer: 'Le CAMP',
  programName: 'Programme',
  tagline: 'Dix jeunes pousses',
  mediaContact: { name: 'Relations avec les médias', email: 'medias@example.ca', phone: '+1 418 555-0100' },
};
const context: PageContext = { lang: 'fr', site: new URL('https://site.example/'), timeZone: 'America/Toronto', settings, logoPath: '/fr/medias/logo-web.png' };

describe('lastEditDay', () => {
  test.each([
    [{ corrections: [] }, undefined],
    [{ updated: '2026-11-20', corrections: [] }, '2026-11-20'],
    [{ updated: '2026-11-20', corrections: [{ date: '2026-11-25' }, { date: '2026-11-22' }] }, '2026-11-25'],
    [{ updated: '2026-11-28', corrections: [{ date: '2026-11-25' }] }, '2026-11-28'],
  ])('%j → %s', (data, expected) => expect(lastEditDay(data)).toBe(expected));
});

describe('announcement', () => {
  test('publication at midnight in the program zone; modified at the last edit', () => {
    expect(announcementTimes({ published: '2026-11-16', corrections: [{ date: '2026-11-20', note: 'x' }] }, 'America/Toronto')).toEqual({
      published: '2026-11-16T00:00:00-05:00',
      modified: '2026-11-20T00:00:00-05:00',
    });
  });

  test('a scheduled release is published at its instant', () => {
    expect(announcementTimes({ published: '2026-11-16', publishAt: { date: '2026-11-17', time: '10:30', timeZone: 'America/Toronto' }, corrections: [] }, 'America/Toronto')).toEqual({
      published: '2026-11-17T10:30:00-05:00',
      modified: undefined,
    });
  });

  test('NewsArticle with absolute URLs and the publisher’s logo; never edited: modified = published', () => {
    const node = announcementStructuredData(context, { title: 'T', summary: 'S', published: '2026-11-16', corrections: [] }, '/fr/annonces/t/', '/_astro/t.jpg');
    expect(node).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'T',
      url: 'https://site.example/fr/annonces/t/',
      inLanguage: 'fr-CA',
      datePublished: '2026-11-16T00:00:00-05:00',
      dateModified: '2026-11-16T00:00:00-05:00',
      image: ['https://site.example/_astro/t.jpg'],
      publisher: { name: 'Le CAMP', url: 'https://site.example/fr/', logo: { url: 'https://site.example/fr/medias/logo-web.png' } },
    });
  });
});

describe('key dates', () => {
  const keyDate = (data: Record<string, unknown>) => keyDateSchema.parse({ label: 'Date limite', ...data });

  const moved = (previous: Record<string, unknown>) => [{ date: '2026-11-25', note: { fr: 'Déplacée', en: 'Moved' }, impact: 'major', previous }];

  test('an Event only for the dates people attend, with its end; none for moments or dates to be announced', () => {
    const nodes = keyDatesStructuredData(context, [
      { data: keyDate({ date: '2027-03-15', time: '23:59', state: 'confirmed', milestone: 'applications-close' }), anchor: 'date-limite' },
      { data: keyDate({ date: '2026-11-16', state: 'confirmed' }), anchor: 'publication-criteres' },
      { data: keyDate({ date: '2026-12-10', time: '12:00', endTime: '13:00', state: 'confirmed', kind: 'online-event' }), anchor: 'seance' },
      { data: keyDate({ date: '2027-05-01', state: 'confirmed', kind: 'in-person-event', place: 'Le CAMP, Québec' }), anchor: 'resultats' },
      { data: keyDate({ state: 'to-be-announced', kind: 'online-event' }), anchor: 'debut' },
    ]);
    expect(nodes).toHaveLength(2);
    expect(nodes[0]).toMatchObject({
      url: 'https://site.example/fr/dates/#seance',
      startDate: '2026-12-10T12:00:00-05:00',
      endDate: '2026-12-10T13:00:00-05:00',
      eventStatus: 'https://schema.org/EventScheduled',
      location: { '@type': 'VirtualLocation' },
    });
    expect(nodes[1]).toMatchObject({ startDate: '2027-05-01', endDate: '2027-05-01', location: { '@type': 'Place', name: 'Le CAMP, Québec' } });
  });

  test.each([
    { label: 'time moved', data: { time: '13:30', state: 'changed', changes: moved({ date: '2026-12-10', time: '12:00' }) }, status: 'EventRescheduled', previous: '2026-12-10T12:00:00-05:00', start: '2026-12-10T13:30:00-05:00', end: '2026-12-10T14:00:00-05:00' },
    { label: 'day moved, was a whole day', data: { changes: moved({ date: '2026-12-03' }) }, status: 'EventRescheduled', previous: '2026-12-03', start: '2026-12-10T12:00:00-05:00', end: '2026-12-10T12:30:00-05:00' },
    { label: 'cancelled', data: { state: 'cancelled', changes: moved({ date: '2026-12-10', time: '12:00' }) }, status: 'EventCancelled', previous: '2026-12-10T12:00:00-05:00', start: '2026-12-10T12:00:00-05:00', end: '2026-12-10T12:30:00-05:00' },
  ])('$label: $status with previousStartDate', ({ data, status, previous, start, end }) => {
    const [node] = keyDatesStructuredData(context, [{ data: keyDate({ date: '2026-12-10', time: '12:00', state: 'confirmed', kind: 'online-event', ...data }), anchor: 'seance' }]);
    expect(node).toMatchObject({ eventStatus: `https://schema.org/${status}`, previousStartDate: previous, startDate: start, endDate: end });
  });
});

describe('FAQ and home', () => {
  test('every question links to its anchor', () => {
    const node = faqStructuredData(context, [{ question: 'Combien ?', answerHtml: '<p>Dix.</p>', anchor: 'combien' }]);
    expect(node).toMatchObject({ '@type': 'FAQPage', url: 'https://site.example/fr/faq/' });
    expect(JSON.stringify(node)).toContain('https://site.example/fr/faq/#combien');
  });

  test('the organization names the other language’s home as sameAs', () => {
    expect(homeStructuredData(context, ['en'])).toMatchObject({ '@type': 'Organization', url: 'https://site.example/fr/', sameAs: ['https://site.example/en/'] });
  });
});

describe('cohort', () => {
  const startup = (name: string, founders: readonly string[] = []) => ({
    name,
    description: `${name} fait quelque chose.`,
    website: `https://${name.toLowerCase()}.example`,
    path: `/fr/cohorte/${name.toLowerCase()}/`,
    city: 'Québec',
    founders,
    logo: { path: `/fr/medias/${name.toLowerCase()}-logo-web.png`, width: 800, height: 800, alt: `Logo de ${name}`, credit: name },
    fieldLabel: 'Cybersécurité',
  });

  test('the cohort page is an ItemList of Organization, in page order, with absolute URLs', () => {
    const node = cohortStructuredData(context, 'Jeunes pousses retenues, cohorte 2027', '/fr/cohorte/', [startup('Bastion'), startup('Guet')]);
    expect(node).toMatchObject({ '@context': 'https://schema.org', '@type': 'ItemList', url: 'https://site.example/fr/cohorte/', inLanguage: 'fr-CA', numberOfItems: 2 });
    expect(node['itemListElement']).toEqual([
      {
        '@type': 'ListItem',
        position: 1,
        item: {
          '@type': 'Organization',
          name: 'Bastion',
          description: 'Bastion fait quelque chose.',
          url: 'https://bastion.example',
          mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://site.example/fr/cohorte/bastion/' },
          logo: 'https://site.example/fr/medias/bastion-logo-web.png',
          address: { '@type': 'PostalAddress', addressLocality: 'Québec' },
          knowsAbout: 'Cybersécurité',
        },
      },
      expect.objectContaining({ position: 2, item: expect.objectContaining({ name: 'Guet' }) }),
    ]);
  });

  test('a startup page is its Organization, founders as Person', () => {
    const node = cohortMemberStructuredData(context, startup('Bastion', ['Charlie Exemple']));
    expect(node).toMatchObject({ '@context': 'https://schema.org', '@type': 'Organization', founder: [{ '@type': 'Person', name: 'Charlie Exemple' }] });
    expect(cohortMemberStructuredData(context, startup('Guet'))).not.toHaveProperty('founder');
  });
});
