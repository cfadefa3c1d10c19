/**
 * The cohort's pages and redirects over a mocked `astro:content` (as in
 * route-table.test.ts), at a build "now" each test sets: nothing before the
 * results instant, every page at it, and the guard that keeps announcements
 * from linking to the cohort early.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { pathImageContext } from '../../../src/content/image-paths';
import { announcementSchema } from '../../../src/content/schemas/announcements';
import { cohortSchema } from '../../../src/content/schemas/cohort';
import { keyDateSchema } from '../../../src/content/schemas/key-dates';
import { pageSchema } from '../../../src/content/schemas/pages';
import { settingsSchema } from '../../../src/content/schemas/settings';
import { buildRoutes, type RenderedRoute } from '../../../src/routes/route-table';
import { buildRedirects } from '../../../src/routes/redirect-table';
import { frontmatter } from '../../support/content';

/** The collections the mocked `astro:content` serves, and the build's "now". */
const state = vi.hoisted(() => ({ collections: new Map<string, readonly { readonly id: string }[]>(), now: '2027-06-10T14:00:00Z' }));

vi.mock('astro:content', () => ({
  getCollection: async (name: string) => state.collections.get(name) ?? [],
  getEntry: async (name: string, id: string) => state.collections.get(name)?.find((entry) => entry.id === id),
}));
vi.mock('../../../src/data/now', () => ({ buildNow: () => new Date(state.now) }));

/** 10:00 Eastern (EDT) on 10 June 2027. */
const resultsInstant = '2027-06-10T14:00:00Z';
const oneSecondBefore = '2027-06-10T13:59:59Z';

const cohortData = cohortSchema(pathImageContext());
const announcementData = announcementSchema(pathImageContext());

/** A startup entry; `data` overrides the defaults. */
function startup(id: string, data: Record<string, unknown> = {}) {
  const name = id.split('/')[1] ?? id;
  const frontmatterData = { name, field: 'cybersecurity', description: 'Une jeune pousse.', city: 'Québec', website: `https://${name}.example`, logo: { src: `../../media/logo-${name}.png`, alt: `Logo de ${name}` }, edition: 2027, ...data };
  return { id, collection: 'cohort', body: '', data: cohortData.parse(frontmatterData) };
}

/** The results key date in both languages, on 10 June 2027 at 10:00 (or to be announced). */
function results(confirmed = true) {
  const data = keyDateSchema.parse(confirmed ? { label: 'Résultats', date: '2027-06-10', time: '10:00', state: 'confirmed', milestone: 'results' } : { label: 'Résultats', milestone: 'results' });
  return ['fr', 'en'].map((lang) => ({ id: `${lang}/annonce-resultats`, collection: 'keyDates', body: '', data }));
}

/** The site's real settings, with the current edition given. */
function settings(edition: number | undefined) {
  return ['fr', 'en'].map((lang) => ({ id: `${lang}/site`, collection: 'settings', data: settingsSchema.parse({ ...frontmatter(`content/settings/${lang}/site.yml`), edition }) }));
}

/** An announcement entry with a body. */
function announcement(id: string, body: string, data: Record<string, unknown> = {}) {
  return { id, collection: 'announcements', body, data: announcementData.parse({ title: `Titre ${id}`, summary: 'Résumé.', published: '2027-06-10', topics: ['program'], ...data }) };
}

/** Paths of the routes of one kind. */
const pathsOf = (routes: readonly RenderedRoute[], ...kinds: RenderedRoute['content']['kind'][]) => routes.filter((route) => kinds.includes(route.content.kind)).map((route) => route.path);

/** The route at `path`; fails the test when there is none. */
function routeAt(routes: readonly RenderedRoute[], path: string): RenderedRoute {
  const route = routes.find((candidate) => candidate.path === path);
  if (!route) throw new Error(`no route at ${path}`);
  return route;
}

const cohortKinds = ['cohort', 'cohort-edition', 'cohort-member'] as const;

beforeEach(() => {
  state.collections.clear();
  state.collections.set('keyDates', results());
  state.collections.set('settings', settings(2027));
  state.collections.set('cohort', [startup('fr/bastion'), startup('en/bastion', { slug: 'bastion-example' }), startup('fr/registre', { field: 'blockchain' }), startup('en/registre', { field: 'blockchain' })]);
  state.now = resultsInstant;
});

describe('before and at the results instant', () => {
  test.each([
    { label: 'one second before', now: oneSecondBefore, keyDates: results(), expected: [] },
    { label: 'long after, results date to be announced', now: '2030-01-01T00:00:00Z', keyDates: results(false), expected: [] },
    {
      label: 'at the instant',
      now: resultsInstant,
      keyDates: results(),
      expected: ['/fr/cohorte/', '/fr/cohorte/edition/2027/', '/fr/cohorte/bastion/', '/fr/cohorte/registre/', '/en/cohort/', '/en/cohort/edition/2027/', '/en/cohort/bastion-example/', '/en/cohort/registre/'],
    },
  ])('$label', async ({ now, keyDates, expected }) => {
    state.now = now;
    state.collections.set('keyDates', keyDates);
    expect(pathsOf(await buildRoutes(), ...cohortKinds)).toEqual(expected);
  });

  test('a startup held by its own later instant is absent until then, and its counterpart has none', async () => {
    state.collections.set('cohort', [startup('fr/bastion', { publishAt: { date: '2027-06-11' } }), startup('en/bastion', { publishAt: { date: '2027-06-11' } }), startup('fr/registre'), startup('en/registre')]);
    expect(pathsOf(await buildRoutes(), 'cohort-member')).toEqual(['/fr/cohorte/registre/', '/en/cohort/registre/']);
  });
});

describe('pages and their counterparts', () => {
  test.each([
    ['/fr/cohorte/', '/en/cohort/'],
    ['/fr/cohorte/edition/2027/', '/en/cohort/edition/2027/'],
    ['/fr/cohorte/bastion/', '/en/cohort/bastion-example/'],
  ])('%s ↔ %s', async (fr, en) => {
    const routes = await buildRoutes();
    expect(routeAt(routes, fr).counterpartPath).toBe(en);
    expect(routeAt(routes, en).counterpartPath).toBe(fr);
  });

  test('the landing page shows the latest edition; every edition keeps its archive page', async () => {
    state.collections.set('cohort', [startup('fr/bastion'), startup('fr/ancienne', { edition: 2026, field: 'mixed-reality' }), startup('en/bastion'), startup('en/ancienne', { edition: 2026 })]);
    const routes = await buildRoutes();
    const landing = routeAt(routes, '/fr/cohorte/').content;
    expect(landing.kind === 'cohort' && [landing.edition, landing.members.map((entry) => entry.id), landing.editions]).toEqual([2027, ['fr/bastion'], [2027, 2026]]);
    const archive = routeAt(routes, '/fr/cohorte/edition/2026/').content;
    expect(archive.kind === 'cohort-edition' && archive.members.map((entry) => entry.id)).toEqual(['fr/ancienne']);
  });

  test('an earlier edition stays published while the next one waits for its results', async () => {
    state.collections.set('settings', settings(2028));
    state.collections.set('cohort', [startup('fr/bastion', { edition: 2028 }), startup('fr/ancienne', { edition: 2027 })]);
    state.now = '2028-01-01T00:00:00Z';
    state.collections.set('keyDates', results(false));
    expect(pathsOf(await buildRoutes(), ...cohortKinds)).toEqual(['/fr/cohorte/', '/fr/cohorte/edition/2027/', '/fr/cohorte/ancienne/']);
  });

  test('a startup in one language only: no counterpart, the toggle goes to the other cohort page', async () => {
    state.collections.set('cohort', [startup('fr/bastion'), startup('fr/seule', { translationPending: true }), startup('en/bastion')]);
    const route = routeAt(await buildRoutes(), '/fr/cohorte/seule/');
    expect([route.counterpartPath, route.fallbackPath]).toEqual([null, '/en/cohort/']);
  });

  test('a startup whose slug is taken by another one stops the build, naming both files', async () => {
    state.collections.set('cohort', [startup('fr/bastion'), startup('fr/autre', { slug: 'bastion' })]);
    await expect(buildRoutes()).rejects.toThrow('Deux contenus publient la même adresse /fr/cohorte/bastion/');
  });
});

describe('redirects for old slugs', () => {
  test.each([
    { label: 'before the instant: none (an old slug would name the startup)', now: oneSecondBefore, expected: [] },
    { label: 'at the instant', now: resultsInstant, expected: [{ lang: 'fr', from: '/fr/cohorte/ancien-nom/', to: '/fr/cohorte/bastion/' }] },
  ])('$label', async ({ now, expected }) => {
    state.now = now;
    state.collections.set('cohort', [startup('fr/bastion', { redirectFrom: ['ancien-nom'] })]);
    expect(await buildRedirects()).toEqual(expected);
  });
});

describe('announcements linking to the cohort', () => {
  const body = 'Les entreprises retenues sont présentées à la page [Cohorte 2027](/fr/cohorte/).';

  test('published before the cohort: the build stops and names the file', async () => {
    state.now = oneSecondBefore;
    state.collections.set('announcements', [announcement('fr/resultats', body, { published: '2027-06-09' })]);
    await expect(buildRoutes()).rejects.toThrow('content/announcements/fr/resultats.md : renvoie à /fr/cohorte/, qui n’est pas encore publié');
  });

  test.each([
    { label: 'scheduled at the results instant, one second before', now: oneSecondBefore },
    { label: 'scheduled at the results instant, at it', now: resultsInstant },
  ])('$label: builds', async ({ now }) => {
    state.now = now;
    state.collections.set('announcements', [announcement('fr/resultats', body, { publishAt: { date: '2027-06-10', time: '10:00' } })]);
    const routes = await buildRoutes();
    expect(pathsOf(routes, 'announcement')).toEqual(now === resultsInstant ? ['/fr/annonces/resultats/'] : []);
  });

  test('a link to a startup whose page does not exist stops the build too', async () => {
    state.collections.set('announcements', [announcement('fr/portrait', 'Voir [Calqueo](/fr/cohorte/calqueo/).')]);
    await expect(buildRoutes()).rejects.toThrow('/fr/cohorte/calqueo/');
  });
});

test('a standing page linking to the cohort before it is published stops the build too', async () => {
  state.now = oneSecondBefore;
  const about = { id: 'fr/a-propos', collection: 'pages', body: 'Voir la [cohorte](/fr/cohorte/).', data: pageSchema.parse({ title: 'À propos', summary: 'Résumé.' }) };
  state.collections.set('pages', [about]);
  await expect(buildRoutes()).rejects.toThrow('content/pages/fr/a-propos.md : renvoie à /fr/cohorte/');
});
