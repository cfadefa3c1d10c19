import { getRssString } from '@astrojs/rss';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, test } from 'vitest';
import { anchorChanges, publishedMajorChanges } from '../../../src/domain/history';
import { announcementFeedItems, changeFeedItems, channelOptions, escapeXml, publicationInstant } from '../../../src/outputs/feeds';

const site = 'https://example.ca';
const zone = 'America/Toronto';

describe('publicationInstant', () => {
  test.each([
    { label: 'a day, EST', input: { published: '2026-11-02' }, expected: '2026-11-02T05:00:00.000Z' },
    { label: 'a day, EDT', input: { published: '2027-06-02' }, expected: '2027-06-02T04:00:00.000Z' },
    { label: 'scheduled', input: { published: '2027-03-15', publishAt: { date: '2027-03-15', time: '10:00', timeZone: zone } }, expected: '2027-03-15T14:00:00.000Z' },
  ])('$label', ({ input, expected }) => {
    expect(publicationInstant(input, zone).toISOString()).toBe(expected);
  });
});

describe('escapeXml', () => {
  test.each([
    { input: 'a & b', expected: 'a &amp; b' },
    { input: '</script><x a="1">', expected: '&lt;/script&gt;&lt;x a=&quot;1&quot;&gt;' },
    { input: "l'été", expected: 'l&apos;été' },
  ])('$input', ({ input, expected }) => {
    expect(escapeXml(input)).toBe(expected);
  });
});

describe('changeFeedItems', () => {
  const note = (fr: string) => ({ fr, en: `${fr} (en)` });
  const criteria = anchorChanges([
    { date: '2027-01-10', note: note('Critère 2 précisé'), impact: 'major' },
    { date: '2027-01-12', note: note('Coquille'), impact: 'minor' },
    { date: '2027-01-10', note: note('Critère 3 ajouté'), impact: 'major' },
  ]);
  const deadline = anchorChanges([{ date: '2027-02-01', note: note('Reportée'), impact: 'major' }], 'date-limite-');
  const items = changeFeedItems(
    [
      { title: 'Critères', path: '/fr/criteres/', changes: publishedMajorChanges(criteria, '2027-12-31') },
      // A moved date's item also says what it was and what it is now.
      { title: 'Date limite', path: '/fr/dates/', changes: publishedMajorChanges(deadline, '2027-12-31').map((change) => ({ ...change, detail: 'Auparavant le 15 mars.' })) },
    ],
    'fr',
    site,
    zone,
  );

  test('major changes only, newest first, each with its own link', () => {
    expect(items.map((item) => item.link)).toEqual([
      'https://example.ca/fr/dates/#date-limite-change-2027-02-01',
      'https://example.ca/fr/criteres/#change-2027-01-10',
      'https://example.ca/fr/criteres/#change-2027-01-10-2',
    ]);
    expect(items[0]?.title).toBe('Date limite — 1er février 2027');
    expect(items[0]?.description).toBe('Reportée Auparavant le 15 mars.');
    expect(items[1]?.description).toBe('Critère 2 précisé');
  });
});

describe('a whole feed, read back with a feed parser', async () => {
  const title = 'Titre avec </script> & « guillemets »';
  const xml = await getRssString({
    ...channelOptions({ lang: 'fr', title: 'Annonces', description: 'Nouvelles', homePath: '/fr/', feedPath: '/fr/rss.xml', site }),
    items: announcementFeedItems(
      [
        { title, summary: 'Résumé', published: '2026-11-02', categories: ['Communiqué de presse', 'Programme'], path: '/fr/annonces/entente/' },
        { title: 'Plus ancienne', summary: 'R', published: '2026-10-01', categories: [], path: '/fr/annonces/ancienne/' },
      ],
      site,
      zone,
    ),
  });
  const feed = parseFeed(xml);

  test('channel: title, home link, language, self link', () => {
    expect(feed.title).toBe('Annonces');
    expect(feed.url).toBe('https://example.ca/fr/');
    expect(feed.language).toBe('fr-ca');
    expect(feed.self).toBe('https://example.ca/fr/rss.xml');
  });

  test('items: escaped title, absolute link, date, categories', () => {
    const [first] = feed.items;
    expect(first?.title).toBe(title);
    expect(first?.url).toBe('https://example.ca/fr/annonces/entente/');
    expect(first?.published?.toISOString()).toBe('2026-11-02T05:00:00.000Z');
    expect(first?.categories.map((category) => category.label ?? category.term)).toEqual(['Communiqué de presse', 'Programme']);
    expect(feed.items).toHaveLength(2);
  });
});
