/**
 * No silent change, end to end: in `/admin/` on a throw-away copy of the site
 * (decap-server, no account), an editor moves the information session from
 * 12:00 to 13:30. Without a change note the CMS refuses, in French, naming the
 * field, and writes nothing; with a note recording the old time it publishes.
 * After a build, every output says 13:30 and that it changed: the dates page,
 * both calendars (read by two parsers), JSON-LD, the open data, the change
 * feed, the home page and the older announcement about the session.
 *
 * Ports: the copy is served on `E2E_PORT` + 8 and its decap-server listens on
 * `E2E_PORT` + 9, both on 127.0.0.1 (tests/support/ports.ts).
 */
import { fileURLToPath } from 'node:url';
import { parseFeed } from '@rowanmanning/feed-parser';
import { expect, test, type Page } from '@playwright/test';
import { e2ePort as e2ePortOf } from '../support/ports';
import { load } from 'cheerio';
import { openDataSchema } from '../../src/outputs/open-data';
import { readRawText } from '../../src/content/reader';
import { eventUid } from '../../src/outputs/calendar';
import { readCalendar } from '../support/calendars';
import { addChangeNote } from './cms-change-note';
import { CmsSandbox } from './cms-sandbox';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/** The build's "now": before the session, so it is the home page's next date. */
const buildNow = { BUILD_NOW: '2026-11-30T12:00:00Z' };

test.describe.configure({ mode: 'serial', timeout: 240_000 });
test.use({ locale: 'fr-CA', timezoneId: 'America/Toronto' });

let sandbox: CmsSandbox;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  sandbox = CmsSandbox.create(repoRoot, { site: e2ePortOf('changeSite'), proxy: e2ePortOf('changeProxy') });
  await sandbox.startProxy();
  await sandbox.buildAndServe(buildNow);
});

test.afterAll(async () => {
  await sandbox?.close();
});

/** Opens the session in the admin. */
async function openSession(page: Page): Promise<void> {
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${sandbox.url}/admin/`);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('link', { name: 'Dates clés', exact: true }).click();
  await page.getByRole('link', { name: /Séance d’information en ligne/ }).click();
  await expect(page.getByRole('textbox', { name: 'Heure (HH:MM, 24 h) (facultatif)' }).first()).toHaveValue('12:00');
}

/** « Publier maintenant ». */
async function publishNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Publier', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publier maintenant' }).click();
}

/** The session's file in the copy, as Astro reads it. */
const sessionFile = (lang: string) => readRawText(sandbox.read('content', 'key-dates', lang, 'seance-information.md'), 'markdown', lang).data;

/** Text of an element of a built page (`main` by default), spaces normalised. */
const builtText = (selector: string, ...segments: string[]) => load(sandbox.read('dist', ...segments))(selector).text().replace(/[\s\u00a0\u202f]+/g, ' ');
const mainText = (...segments: string[]) => builtText('main', ...segments);

test('moving the session from 12:00 to 13:30 without a change note is refused in French, and nothing is written', async ({ page }) => {
  const before = sandbox.contentFingerprint();
  await openSession(page);
  await page.getByRole('textbox', { name: 'Heure (HH:MM, 24 h) (facultatif)' }).first().fill('13:30');
  await publishNow(page);
  await expect(page.getByText(/publication refusée.*Heure \(HH:MM, 24 h\).*la date publiée a changé \(2026-12-10 12:00 \(America\/Toronto\) → 2026-12-10 13:30.*Historique des changements/)).toBeVisible();
  await page.waitForTimeout(1_000);
  expect(sandbox.contentFingerprint()).toEqual(before);
});

test('with a note recording the old time it publishes; after a build every output shows 13:30 and says it changed', async ({ page }) => {
  await openSession(page);
  await page.getByRole('textbox', { name: 'Heure (HH:MM, 24 h) (facultatif)' }).first().fill('13:30');
  await addChangeNote(page, {
    date: '2026-11-25',
    fr: 'La séance commence désormais à 13 h 30.',
    en: 'The session now starts at 1:30 p.m.',
    major: true,
    previous: { date: '2026-12-10', time: '12:00' },
  });
  await publishNow(page);
  // Polled: a file may be read half-written, which throws.
  const times = () => {
    try {
      return [sessionFile('fr')['time'], sessionFile('en')['time']];
    } catch {
      return undefined;
    }
  };
  await expect.poll(times, { timeout: 30_000 }).toEqual(['13:30', '13:30']);
  expect(sessionFile('fr')['time']).toBe('13:30');
  // The note, in the French file with its text in both languages, records the old value; the English file has no copy to disagree.
  expect(sessionFile('fr')['changes']).toContainEqual(expect.objectContaining({ note: { fr: 'La séance commence désormais à 13 h 30.', en: 'The session now starts at 1:30 p.m.' }, impact: 'major', previous: expect.objectContaining({ date: '2026-12-10', time: '12:00' }) }));
  expect(sessionFile('en')['changes']).toBeUndefined();

  await sandbox.buildAndServe(buildNow);

  // The dates page: the new time, and what it was.
  expect(builtText('#seance-information', 'fr', 'dates', 'index.html')).toContain('10 décembre 2026 à 13 h 30 (heure de l’Est) Modifiée');
  expect(mainText('fr', 'dates', 'index.html')).toContain('Date modifiée le 25 novembre 2026 : auparavant le 10 décembre 2026 à 12 h (heure de l’Est) ; désormais le 10 décembre 2026 à 13 h 30');
  expect(mainText('fr', 'dates', 'index.html')).toContain('Date de modification : 25 novembre 2026');
  expect(mainText('en', 'dates', 'index.html')).toContain('December 10, 2026, 1:30 p.m. ET');

  // Both calendars, each read by ical.js and ts-ics: the new start, an end, SEQUENCE raised, stamped with the change.
  for (const lang of ['fr', 'en'] as const) {
    const response = await page.request.get(`${sandbox.url}/${lang}/dates.ics`);
    const event = readCalendar(await response.text()).find((candidate) => candidate.uid === eventUid('seance-information', lang));
    expect(event).toMatchObject({ start: '2026-12-10T18:30:00.000Z', end: '2026-12-10T19:30:00.000Z', sequence: 2, lastModified: '2026-11-25T05:00:00.000Z', status: 'CONFIRMED' });
  }

  // JSON-LD: a rescheduled event, its previous start and its end.
  const jsonLd = load(sandbox.read('dist', 'fr', 'dates', 'index.html'))('script[type="application/ld+json"]').map((_, script) => JSON.parse(load(script).text()) as Record<string, unknown>).get();
  expect(jsonLd).toContainEqual(
    expect.objectContaining({
      '@type': 'Event',
      name: 'Séance d’information en ligne',
      startDate: '2026-12-10T13:30:00-05:00',
      endDate: '2026-12-10T14:30:00-05:00',
      eventStatus: 'https://schema.org/EventRescheduled',
      previousStartDate: '2026-12-10T12:00:00-05:00',
    }),
  );

  // The open data: the new value, and the old and new value of the change.
  for (const path of ['/fr/programme.json', '/en/program.json']) {
    const data = openDataSchema.parse(await (await page.request.get(`${sandbox.url}${path}`)).json());
    const session = data.keyDates.find((keyDate) => keyDate.id === 'seance-information');
    expect(session).toMatchObject({ time: '13:30', start: '2026-12-10T13:30:00-05:00', end: '2026-12-10T14:30:00-05:00', sequence: 2, dateModified: '2026-11-25' });
    expect(session?.changes.at(-1)?.move).toEqual({
      before: { date: '2026-12-10', time: '12:00', timeZone: 'America/Toronto', start: '2026-12-10T12:00:00-05:00' },
      after: { date: '2026-12-10', time: '13:30', timeZone: 'America/Toronto', start: '2026-12-10T13:30:00-05:00' },
      cancelled: false,
    });
  }

  // The change feed: the note, with was and now.
  const feed = parseFeed(sandbox.read('dist', 'fr', 'changements.xml'));
  const item = feed.items.find((candidate) => candidate.url?.endsWith('/fr/dates/#seance-information-change-2026-11-25'));
  // Typeset as the site writes French: no-break spaces in « 13 h 30 ».
  const description = item?.description?.replace(/[\s\u00a0\u202f]+/g, ' ');
  expect(description).toContain('La séance commence désormais à 13 h 30.');
  expect(description).toContain('désormais le 10 décembre 2026 à 13 h 30');

  // The home page: the next date is the session, at its new time, saying it changed.
  const next = builtText('section[aria-labelledby="next-date-heading"]', 'fr', 'index.html');
  expect(next).toContain('Séance d’information en ligne');
  expect(next).toContain('10 décembre 2026 à 13 h 30');
  expect(next).toContain('auparavant le 10 décembre 2026 à 12 h');

  // The older announcement about the session: its text unchanged, a notice on top with the new time.
  for (const [path, notice, unchanged] of [
    [['fr', 'annonces', 'seance-information-en-ligne', 'index.html'], 'Mise à jour : nouvelle date pour « Séance d’information en ligne » : le 10 décembre 2026 à 13 h 30 (heure de l’Est), au lieu du 10 décembre 2026 à 12 h', 'de 12 h à 13 h'],
    [['en', 'announcements', 'online-information-session', 'index.html'], 'Update: new date for “Online information session”: December 10, 2026, 1:30 p.m. ET, instead of December 10, 2026, 12:00 p.m. ET.', 'from 12:00 to 1:00 p.m.'],
  ] as const) {
    const $ = load(sandbox.read('dist', ...path));
    const link = $('main .stale-notice a').filter((_, element) => $(element).text().replace(/[\s\u00a0\u202f]+/g, ' ').includes(notice));
    expect(link.length, path.join('/')).toBe(1);
    expect(link.attr('href')).toMatch(/\/dates\/#seance-information$/);
    expect(mainText(...path)).toContain(unchanged);
  }
});
