import { describe, expect, test } from 'vitest';
import { pathImageContext } from '../../../src/content/image-paths';
import { announcementSchema } from '../../../src/content/schemas/announcements';
import { criteriaSchema } from '../../../src/content/schemas/criteria';
import { faqSchema } from '../../../src/content/schemas/faq';
import { keyDateSchema } from '../../../src/content/schemas/key-dates';
import { pageSchema } from '../../../src/content/schemas/pages';
import { settingsSchema } from '../../../src/content/schemas/settings';

/** Announcements validated with a stand-in for Astro's `image()`. */
const announcement = announcementSchema(pathImageContext());

const validAnnouncement = {
  title: 'Titre',
  summary: 'Résumé',
  published: '2026-11-02',
  kind: 'news',
  topics: ['program'],
};

/** The paths of the issues a parse reports, as `a.b.0`. */
function issuePaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return result.error?.issues.map((issue) => issue.path.map(String).join('.')) ?? [];
}

describe('announcement schema', () => {
  test.each<[string, Record<string, unknown>]>([
    ['minimal', validAnnouncement],
    ['YAML date object', { ...validAnnouncement, published: new Date('2026-11-02T00:00:00Z') }],
    ['Decap empty optionals', { ...validAnnouncement, updated: '', image: null, slug: null, draft: null }],
    ['with image and alt', { ...validAnnouncement, image: { src: '../../media/x.jpg', alt: 'Une équipe au travail' } }],
    ['press release with localized slug', { ...validAnnouncement, kind: 'press-release', slug: 'agreement' }],
  ])('accepts %s', (_name, data) => {
    expect(announcement.safeParse(data).success).toBe(true);
  });

  test.each<[string, Record<string, unknown>, string]>([
    ['missing title', { ...validAnnouncement, title: undefined }, 'title'],
    ['empty title', { ...validAnnouncement, title: '   ' }, 'title'],
    ['oversize title', { ...validAnnouncement, title: 'x'.repeat(141) }, 'title'],
    ['impossible date', { ...validAnnouncement, published: '2027-02-30' }, 'published'],
    ['date in another format', { ...validAnnouncement, published: '02/11/2026' }, 'published'],
    ['unknown kind', { ...validAnnouncement, kind: 'blog' }, 'kind'],
    ['no topic', { ...validAnnouncement, topics: [] }, 'topics'],
    ['unknown topic', { ...validAnnouncement, topics: ['crypto'] }, 'topics.0'],
    ['image without alt', { ...validAnnouncement, image: { src: '../../media/x.jpg' } }, 'image.alt'],
    ['slug with accents', { ...validAnnouncement, slug: 'réalité' }, 'slug'],
    ['unknown key', { ...validAnnouncement, auteur: 'Moi' }, ''],
  ])('rejects %s (field %s)', (_name, data, path) => {
    const result = announcement.safeParse(data);
    expect(result.success).toBe(false);
    expect(issuePaths(result)).toContain(path);
  });
});

const validSettings = {
  programName: 'Programme',
  shortName: 'Prog',
  tagline: 'Accroche',
  organizer: 'Le CAMP',
  partner: 'Microsoft',
  region: 'Québec',
  applicationFormUrl: 'https://example.ca/form',
  applicationChecklist: ['Un plan'],
  figures: { startups: 10, supportPerStartup: 120000, salesCountries: 120, durationMonths: 12 },
  generalContact: { name: 'Équipe', email: 'a@example.ca' },
  mediaContact: { name: 'Médias', email: 'm@example.ca', phone: '+1 418 555-0101' },
  about: 'À propos',
};

describe('settings schema', () => {
  test('accepts valid settings and fills defaults', () => {
    const result = settingsSchema.safeParse(validSettings);
    expect(result.success).toBe(true);
    expect(result.data?.closingSoonDays).toBe(7);
  });
  test.each<[string, Record<string, unknown>, string, RegExp]>([
    ['http form URL', { ...validSettings, applicationFormUrl: 'http://example.ca/form' }, 'applicationFormUrl', /https/],
    ['not a URL', { ...validSettings, applicationFormUrl: 'formulaire' }, 'applicationFormUrl', /URL|adresse/i],
    ['bad e-mail', { ...validSettings, mediaContact: { name: 'M', email: 'pas-un-courriel' } }, 'mediaContact.email', /courriel|e-mail/i],
    ['missing figures', { ...validSettings, figures: undefined }, 'figures', /.+/],
  ])('rejects %s', (_name, data, path, message) => {
    const result = settingsSchema.safeParse(data);
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((candidate) => candidate.path.join('.') === path);
    expect(issue?.message).toMatch(message);
  });
});

describe('key date schema', () => {
  const base = { label: 'Date limite', milestone: 'applications-close' };
  test.each<[string, Record<string, unknown>, Partial<Record<string, unknown>>]>([
    ['confirmed with time', { ...base, state: 'confirmed', date: '2027-03-15', time: '23:59' }, { timeZone: 'America/Toronto', time: '23:59' }],
    ['to be announced without date', { ...base, state: 'to-be-announced' }, { state: 'to-be-announced' }],
    ['Decap empty time and zone', { ...base, state: 'confirmed', date: '2027-03-15', time: '', timeZone: '' }, { timeZone: 'America/Toronto' }],
    ['YAML 1.1 sexagesimal time', { ...base, state: 'confirmed', date: '2027-03-15', time: 1439 }, { time: '23:59' }],
  ])('accepts %s', (_name, data, expected) => {
    const result = keyDateSchema.safeParse(data);
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject(expected);
  });
  test.each<[string, Record<string, unknown>, string]>([
    ['confirmed without date', { ...base, state: 'confirmed' }, 'date'],
    ['bad time', { ...base, state: 'confirmed', date: '2027-03-15', time: '24:00' }, 'time'],
    ['unknown zone', { ...base, state: 'confirmed', date: '2027-03-15', timeZone: 'Mars/Olympus' }, 'timeZone'],
    ['unknown state', { ...base, state: 'maybe', date: '2027-03-15' }, 'state'],
  ])('rejects %s', (_name, data, path) => {
    expect(issuePaths(keyDateSchema.safeParse(data))).toContain(path);
  });
});

describe('criteria, FAQ and page schemas', () => {
  const item = { id: 'equipe', title: 'Équipe', description: 'Une équipe fondatrice', kind: 'selection' };
  const criteria = { title: 'Critères', summary: 'Résumé', effective: '2026-11-16', items: [item] };
  test('criteria accept items and default an empty history', () => {
    expect(criteriaSchema.parse(criteria).changes).toEqual([]);
  });
  test.each<[string, Record<string, unknown>, string]>([
    ['duplicate criterion ids', { ...criteria, items: [item, item] }, 'items.1.id'],
    ['no criteria', { ...criteria, items: [] }, 'items'],
    ['bad criterion kind', { ...criteria, items: [{ ...item, kind: 'other' }] }, 'items.0.kind'],
    ['change with unknown impact', { ...criteria, changes: [{ date: '2026-11-20', note: 'x', impact: 'huge' }] }, 'changes.0.impact'],
    ['a self-check question on a selection criterion', { ...criteria, items: [{ ...item, question: 'Votre équipe est-elle solide ?' }] }, 'items.0.question'],
    ['a satisfying answer other than yes or no', { ...criteria, items: [{ ...item, kind: 'eligibility', question: 'Q ?', satisfiedBy: 'maybe' }] }, 'items.0.satisfiedBy'],
    ['a FAQ link that is not a file name', { ...criteria, items: [{ ...item, faq: 'Qui peut postuler ?' }] }, 'items.0.faq'],
  ])('criteria reject %s', (_name, data, path) => {
    expect(issuePaths(criteriaSchema.safeParse(data))).toContain(path);
  });
  test.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['no self-check fields: not asked, met by « Oui »', {}, { question: undefined, satisfiedBy: 'yes', help: undefined, faq: undefined }],
    ['what Decap writes for empty fields', { question: '', satisfiedBy: null, help: '', faq: '' }, { question: undefined, satisfiedBy: 'yes', help: undefined, faq: undefined }],
    ['a question met by « Non »', { question: 'Cryptomonnaie ?', satisfiedBy: 'no', faq: 'cryptomonnaie' }, { question: 'Cryptomonnaie ?', satisfiedBy: 'no', help: undefined, faq: 'cryptomonnaie' }],
  ])('an eligibility criterion with %s', (_name, fields, expected) => {
    const [parsed] = criteriaSchema.parse({ ...criteria, items: [{ ...item, kind: 'eligibility', ...fields }] }).items;
    expect({ question: parsed?.question, satisfiedBy: parsed?.satisfiedBy, help: parsed?.help, faq: parsed?.faq }).toEqual(expected);
  });
  test.each<[string, Record<string, unknown>, boolean]>([
    ['a FAQ entry', { question: 'Combien ?', category: 'program' }, true],
    ['a FAQ entry with Decap null order', { question: 'Combien ?', category: 'program', order: null }, true],
    ['a FAQ entry in an unknown category', { question: 'Combien ?', category: 'divers' }, false],
  ])('FAQ: %s', (_name, data, ok) => expect(faqSchema.safeParse(data).success).toBe(ok));
  test.each<[string, Record<string, unknown>, boolean]>([
    ['a page', { title: 'À propos', summary: 'Résumé', role: 'about' }, true],
    ['a page with an unknown role', { title: 'À propos', summary: 'Résumé', role: 'home' }, false],
  ])('pages: %s', (_name, data, ok) => expect(pageSchema.safeParse(data).success).toBe(ok));
});
