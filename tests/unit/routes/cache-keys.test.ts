// If these fail, a rebuild may copy an announcement page from the cache although something it shows changed
// (the site keeps an old version), or render every page again after each edit.
import { describe, expect, test } from 'vitest';
import { announcementPageKey, siteContentDigest, type AnnouncementPageInputs } from '../../../src/routes/cache-keys';

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
