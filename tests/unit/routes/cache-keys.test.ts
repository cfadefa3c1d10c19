// If these fail, a rebuild may copy an announcement page from the cache although something it shows changed
// (the site keeps an old version), or render every page again after each edit.
import { describe, expect, test } from 'vitest';
import { announcementPageKey, listPageKey, siteContentDigest, type AnnouncementPageInputs, type ListPageInputs } from '../../../src/routes/cache-keys';

const inputs: AnnouncementPageInputs = {
  siteContent: 'site-1',
  lang: 'fr',
  path: '/fr/annonces/entente/',
  counterpartPath: '/en/announcements/agreement/',
  fallbackPath: '/en/announcements/',
  entryDigest: 'abc',
  imageSrc: '/_astro/photo.B9DdH1aO.jpg',
};

describe('announcementPageKey', () => {
  test.each<[string, Partial<AnnouncementPageInputs>]>([
    ['the site-wide content (settings, press kit)', { siteContent: 'site-2' }],
    ['the language', { lang: 'en' }],
    ['the address (a new slug)', { path: '/fr/annonces/entente-2/' }],
    ['the counterpart (its slug changed)', { counterpartPath: '/en/announcements/other/' }],
    ['the counterpart (it was removed)', { counterpartPath: null }],
    ['the entry (its text or frontmatter)', { entryDigest: 'abd' }],
    ['the image file (same name, other content)', { imageSrc: '/_astro/photo.Zx81kQ2a.jpg' }],
    ['the image removed', { imageSrc: undefined }],
  ])('changes with %s', (_name, change) => {
    expect(announcementPageKey({ ...inputs, ...change })).not.toBe(announcementPageKey(inputs));
  });

  test('is the same for the same inputs (a rebuild can copy the page)', () => {
    expect(announcementPageKey({ ...inputs })).toBe(announcementPageKey(inputs));
    expect(announcementPageKey(inputs)).toMatch(/^[0-9a-f]{64}$/);
  });

  test.each<[string, Partial<AnnouncementPageInputs>]>([
    ['an entry without digest', { entryDigest: undefined }],
    ['site-wide content without digest', { siteContent: undefined }],
  ])('none for %s: the page is always rendered', (_name, change) => {
    expect(announcementPageKey({ ...inputs, ...change })).toBeUndefined();
  });
});

describe('siteContentDigest', () => {
  type Entry = { collection: string; id: string; digest?: string | number };
  const settings: Entry = { collection: 'settings', id: 'fr/site', digest: '1' };
  const logo: Entry = { collection: 'pressKit', id: 'fr/logo', digest: 2 };
  const entries = [settings, logo];

  test('does not depend on the order entries come in', () => {
    expect(siteContentDigest([...entries].reverse())).toBe(siteContentDigest(entries));
  });

  test.each<[string, Entry[]]>([
    ['an entry changed', [settings, { ...logo, digest: 3 }]],
    ['an entry added', [...entries, { collection: 'faq', id: 'fr/q', digest: 'x' }]],
    ['an entry removed', [settings]],
    ['an entry moved to another collection', [settings, { ...logo, collection: 'pages' }]],
  ])('changes when %s', (_name, changed) => {
    expect(siteContentDigest(changed)).not.toBe(siteContentDigest(entries));
  });

  test('is undefined when an entry has no digest', () => {
    expect(siteContentDigest([...entries, { collection: 'faq', id: 'fr/q' }])).toBeUndefined();
  });
});

describe('listPageKey', () => {
  const list: ListPageInputs = {
    siteContent: 'site-1',
    lang: 'fr',
    path: '/fr/annonces/page/2/',
    counterpartPath: '/en/announcements/page/2/',
    fallbackPath: '/en/announcements/',
    page: 2,
    totalPages: 5,
    entries: [
      { id: 'fr/a', digest: '1' },
      { id: 'fr/b', digest: '2' },
    ],
  };

  test.each<[string, Partial<ListPageInputs>]>([
    ['an entry edited', { entries: [{ id: 'fr/a', digest: '1' }, { id: 'fr/b', digest: '3' }] }],
    ['an entry replaced by another (one published before it)', { entries: [{ id: 'fr/z', digest: '1' }, { id: 'fr/a', digest: '1' }] }],
    ['the order', { entries: [{ id: 'fr/b', digest: '2' }, { id: 'fr/a', digest: '1' }] }],
    ['the number of pages (the pagination shows it)', { totalPages: 6 }],
    ['the site-wide content', { siteContent: 'site-2' }],
    ['the counterpart page', { counterpartPath: '/en/announcements/' }],
  ])('changes with %s', (_name, change) => {
    expect(listPageKey({ ...list, ...change })).not.toBe(listPageKey(list));
  });

  test('is never an announcement page\'s key, and none without digests', () => {
    expect(listPageKey(list)).toBe(listPageKey({ ...list }));
    expect(listPageKey({ ...list, entries: [{ id: 'fr/a', digest: undefined }] })).toBeUndefined();
    expect(listPageKey({ ...list, siteContent: undefined })).toBeUndefined();
  });
});
