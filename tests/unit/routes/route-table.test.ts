/**
 * The route table over a mocked `astro:content` (the pattern of Starlight's
 * `__tests__`): each test sets the entries of the collections it needs, run
 * through the real schemas, and the build's "now" is fixed.
 */
import { pathImageContext } from '../../../src/content/image-paths';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { announcementSchema } from '../../../src/content/schemas/announcements';
import { pageSchema } from '../../../src/content/schemas/pages';
import { buildRoutes, type RenderedRoute } from '../../../src/routes/route-table';

/** The collections the mocked `astro:content` serves, by name. */
const collections = vi.hoisted(() => new Map<string, readonly { readonly id: string }[]>());

vi.mock('astro:content', () => ({
  getCollection: async (name: string) => collections.get(name) ?? [],
  getEntry: async (name: string, id: string) => collections.get(name)?.find((entry) => entry.id === id),
}));

/** The build's "now" for every test. */
const now = '2026-11-30T12:00:00Z';
vi.mock('../../../src/data/now', () => ({ buildNow: () => new Date(now) }));

const announcementData = announcementSchema(pathImageContext());

/** An announcement entry as Astro hands it over: frontmatter validated by the schema. */
function announcement(id: string, data: Record<string, unknown> = {}) {
  const frontmatter = { title: `Titre ${id}`, summary: 'Résumé.', published: '2026-11-01', topics: ['program'], ...data };
  return { id, collection: 'announcements', body: '', data: announcementData.parse(frontmatter) };
}

/** A standing page entry. */
function page(id: string, data: Record<string, unknown> = {}) {
  return { id, collection: 'pages', body: '', data: pageSchema.parse({ title: `Page ${id}`, summary: 'Résumé.', ...data }) };
}

/** The route at `path`; fails the test when there is none. */
function routeAt(routes: readonly RenderedRoute[], path: string): RenderedRoute {
  const route = routes.find((candidate) => candidate.path === path);
  if (!route) throw new Error(`no route at ${path}; routes: ${routes.map((candidate) => candidate.path).join(' ')}`);
  return route;
}

/** Paths of the routes of one kind. */
const pathsOf = (routes: readonly RenderedRoute[], kind: RenderedRoute['content']['kind']) => routes.filter((route) => route.content.kind === kind).map((route) => route.path);

beforeEach(() => {
  collections.clear();
});

// Guards the mock itself: without it, Vitest resolves `astro:content` to Astro's virtual module, whose collections are empty here.
test('reads the mocked collections, not the site’s content', async () => {
  collections.set('announcements', [announcement('fr/zq-seulement-dans-le-test')]);
  const routes = await buildRoutes();
  expect(pathsOf(routes, 'announcement')).toEqual(['/fr/annonces/zq-seulement-dans-le-test/']);
  expect(pathsOf(routes, 'page')).toEqual([]);
});

test('sections exist in both languages and pair with each other', async () => {
  const routes = await buildRoutes();
  expect(pathsOf(routes, 'section')).toEqual(['/fr/', '/fr/criteres/', '/fr/dates/', '/fr/faq/', '/fr/recherche/', '/fr/medias/', '/fr/admissibilite/', '/en/', '/en/criteria/', '/en/dates/', '/en/faq/', '/en/search/', '/en/media/', '/en/eligibility/']);
  expect(routeAt(routes, '/fr/criteres/').counterpartPath).toBe('/en/criteria/');
  expect(routeAt(routes, '/en/media/').counterpartPath).toBe('/fr/medias/');
  expect(routeAt(routes, '/fr/admissibilite/').counterpartPath).toBe('/en/eligibility/');
});

describe('pairing', () => {
  test.each([
    // [French path, English path]: the file name pairs them, the English slug is localized.
    ['/fr/annonces/entente/', '/en/announcements/agreement/'],
    // An explicit translation key pairs files with different names.
    ['/fr/annonces/calendrier/', '/en/announcements/calendar/'],
    ['/fr/a-propos/', '/en/about/'],
    ['/fr/confidentialite/', '/en/privacy/'],
  ])('%s ↔ %s', async (fr, en) => {
    collections.set('announcements', [
      announcement('fr/entente'),
      announcement('en/entente', { slug: 'agreement' }),
      announcement('fr/calendrier'),
      announcement('en/calendar', { translationKey: 'calendrier' }),
    ]);
    collections.set('pages', [page('fr/a-propos'), page('en/a-propos', { slug: 'about' }), page('fr/confidentialite', { translationKey: 'privacy' }), page('en/privacy')]);
    const routes = await buildRoutes();
    expect(routeAt(routes, fr).counterpartPath).toBe(en);
    expect(routeAt(routes, en).counterpartPath).toBe(fr);
  });

  test.each([
    ['an announcement', '/fr/annonces/seulement-fr/', '/en/announcements/'],
    ['a page', '/en/english-only/', '/fr/'],
  ])('%s without counterpart: none, and the toggle falls back to the other language’s section', async (_kind, path, fallback) => {
    collections.set('announcements', [announcement('fr/seulement-fr')]);
    collections.set('pages', [page('en/english-only')]);
    const route = routeAt(await buildRoutes(), path);
    expect(route.counterpartPath).toBeNull();
    expect(route.fallbackPath).toBe(fallback);
  });
});

describe('announcement list pages', () => {
  test('a French page 2 pairs with the English page 1 when English has one page', async () => {
    const french = Array.from({ length: 21 }, (_, index) => announcement(`fr/annonce-${index}`, { published: `2026-10-${String(index + 1).padStart(2, '0')}` }));
    collections.set('announcements', [...french, announcement('en/annonce-0')]);
    const routes = await buildRoutes();
    expect(pathsOf(routes, 'announcements-page')).toEqual(['/fr/annonces/', '/fr/annonces/page/2/', '/en/announcements/']);
    expect(routeAt(routes, '/fr/annonces/').counterpartPath).toBe('/en/announcements/');
    expect(routeAt(routes, '/fr/annonces/page/2/').counterpartPath).toBe('/en/announcements/');
    expect(routeAt(routes, '/en/announcements/').counterpartPath).toBe('/fr/annonces/');
    const second = routeAt(routes, '/fr/annonces/page/2/').content;
    // Newest first: the oldest announcement is alone on page 2.
    expect(second.kind === 'announcements-page' && [second.page, second.totalPages, second.entries.map((entry) => entry.id)]).toEqual([2, 2, ['fr/annonce-0']]);
  });

  test('both languages have a list page even without announcements', async () => {
    expect(pathsOf(await buildRoutes(), 'announcements-page')).toEqual(['/fr/annonces/', '/en/announcements/']);
  });
});

describe('what is not published', () => {
  test.each([
    ['a draft', { draft: true }],
    ['an announcement under embargo until the next day', { publishAt: { date: '2026-12-01' } }],
    ['an announcement under embargo until one minute after now', { publishAt: { date: '2026-11-30', time: '07:01' } }],
  ])('%s has no route, and its translation no counterpart', async (_label, data) => {
    collections.set('announcements', [announcement('fr/cachee', data), announcement('en/cachee', { slug: 'hidden', ...data }), announcement('en/publique')]);
    const routes = await buildRoutes();
    expect(pathsOf(routes, 'announcement')).toEqual(['/en/announcements/publique/']);
    collections.set('announcements', [announcement('fr/cachee', data), announcement('en/cachee', { slug: 'hidden' })]);
    expect(routeAt(await buildRoutes(), '/en/announcements/hidden/').counterpartPath).toBeNull();
  });

  test('an embargo lifts at its instant (inclusive), in its time zone', async () => {
    // 07:00 in Toronto on 30 November is 12:00 UTC, the build's "now".
    collections.set('announcements', [announcement('fr/levee', { publishAt: { date: '2026-11-30', time: '07:00', timeZone: 'America/Toronto' } })]);
    expect(pathsOf(await buildRoutes(), 'announcement')).toEqual(['/fr/annonces/levee/']);
  });
});

describe('errors name the file to fix', () => {
  test.each([
    ['a localized slug', page('fr/mon-fichier', { slug: 'annonces' }), 'content/pages/fr/mon-fichier.md', 'annonces'],
    ['a file name', page('en/faq'), 'content/pages/en/faq.md', 'faq'],
    ['the other language’s section', page('fr/criteria'), 'content/pages/fr/criteria.md', 'criteria'],
  ])('a page slug reserved by a section, from %s', async (_label, entry, file, slug) => {
    collections.set('pages', [entry]);
    await expect(buildRoutes()).rejects.toThrow(`${file} : l’adresse « ${slug} » est déjà prise par une section du site`);
  });

  // Routes come in the table's order (announcements newest first, then by title), so the message names the files in that order.
  test.each([
    ['two announcements', 'announcements', [announcement('fr/premiere', { slug: 'meme-adresse' }), announcement('fr/meme-adresse')], '/fr/annonces/meme-adresse/', 'content/announcements/fr/meme-adresse.md', 'content/announcements/fr/premiere.md'],
    ['two pages', 'pages', [page('en/about'), page('en/a-propos', { slug: 'about' })], '/en/about/', 'content/pages/en/about.md', 'content/pages/en/a-propos.md'],
  ])('%s at one address', async (_label, collection, entries, path, first, second) => {
    collections.set(collection, entries);
    await expect(buildRoutes()).rejects.toThrow(`Deux contenus publient la même adresse ${path} (duplicate slug): ${first} et ${second}`);
  });
});
