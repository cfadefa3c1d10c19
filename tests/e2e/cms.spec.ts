/**
 * Decap CMS end to end: an editor works in `/admin/` on a throwaway copy of the
 * site through `decap-server` (the local backend, no account), then the copy
 * is rebuilt and the built pages are read. The last test checks that the
 * public pages of the real build never load the admin bundle.
 *
 * Ports: the copy is served on `CMS_E2E_PORT` (default `E2E_PORT` + 1) and its
 * `decap-server` listens on `CMS_E2E_PROXY_PORT` (default `E2E_PORT` + 12), both on 127.0.0.1 (tests/support/ports.ts).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { e2ePort as e2ePortOf } from '../support/ports';
import { load } from 'cheerio';
import sharp from 'sharp';
import { cmsEntrySchemas } from '../../src/cms/validation';
import { readRawText } from '../../src/content/reader';
import { addChangeNote } from './cms-change-note';
import { fillDay, inEnglishPane, markReady, publish, retype, settled, signIn } from './cms-admin';
import { CmsSandbox } from './cms-sandbox';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/** Ports of the sandbox (tests/support/ports.ts). */
const ports = { site: Number(process.env['CMS_E2E_PORT'] ?? e2ePortOf('cmsSite')), proxy: Number(process.env['CMS_E2E_PROXY_PORT'] ?? e2ePortOf('cmsProxy')) };

test.describe.configure({ mode: 'serial', timeout: 180_000 });
// Editors are in Québec: a UTC shift would move 23:59 to the next day.
test.use({ locale: 'fr-CA', timezoneId: 'America/Toronto' });

let sandbox: CmsSandbox;

test.beforeAll(async () => {
  // A copy, its proxy and a full build: slow on a loaded 2-core machine, and the hook does not get the tests' timeout.
  test.setTimeout(300_000);
  sandbox = CmsSandbox.create(repoRoot, ports);
  // Move the sample deadline away from 2027-03-15 23:59, so the test that types it proves the edit.
  for (const lang of ['fr', 'en']) {
    const file = sandbox.path('content', 'key-dates', lang, 'date-limite.md');
    const text = readFileSync(file, 'utf8');
    const moved = text.replace('date: 2027-03-15', 'date: 2027-02-26').replace('time: "23:59"', 'time: "12:00"');
    if (moved === text) throw new Error(`${file}: sample deadline not found`);
    writeFileSync(file, moved);
  }
  await sandbox.startProxy();
  await sandbox.buildAndServe();
});

test.afterAll(async () => {
  await sandbox?.close();
});

/** Data and body of a Markdown file in the sandbox, as Astro reads it. */
function frontmatter(...segments: string[]) {
  return readRawText(sandbox.read(...segments), 'markdown', segments.join('/'), 'astro');
}

/** Text of a built page, spaces normalised (Intl uses no-break spaces). */
function builtText(...segments: string[]): string {
  return load(sandbox.read('dist', ...segments))('main').text().replace(/[\s\u00a0\u202f]+/g, ' ');
}

test('an editor publishes a French announcement and its English translation, with an image', async ({ page }, testInfo) => {
  const slug = 'ete-2027-l-appel-a-candidatures-s-ouvre-a-quebec';
  const enSlug = 'summer-2027-applications-open';
  mkdirSync(testInfo.outputDir, { recursive: true });
  const picture = testInfo.outputPath('Été à Québec.jpg');
  await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#0b3d91' } }).jpeg({ quality: 80 }).toFile(picture);

  await signIn(page, sandbox.url);
  await page.getByRole('link', { name: 'Annonces', exact: true }).click();
  await page.getByRole('link', { name: 'Créer une entrée de type annonce' }).click();

  // French (left pane), then English (right pane); dates, kind and topics are entered once.
  const title = page.getByRole('textbox', { name: 'Titre' });
  const summary = page.getByRole('textbox', { name: 'Résumé' });
  await title.nth(0).fill('Été 2027 : l’appel à candidatures s’ouvre à Québec');
  await summary.nth(0).fill('Les jeunes pousses de Québec peuvent poser leur candidature dès maintenant.');
  await fillDay(page, 'Date de publication', '2027-01-20');
  await page.getByRole('combobox', { name: 'Type' }).nth(0).click();
  await page.getByRole('option', { name: 'Communiqué de presse' }).click();
  await page.getByRole('combobox', { name: 'Domaines' }).nth(0).click();
  await page.getByRole('option', { name: 'Cybersécurité' }).click();
  await retype(page, 0, 'Le formulaire est en ligne.');

  // The image goes through the media library; its alt text is required in both languages.
  await page.getByRole('button', { name: 'Déplier' }).first().click();
  await page.getByRole('button', { name: 'Choisir une image' }).click();
  const library = page.getByRole('dialog');
  await library.locator('input[type="file"]').setInputFiles(picture);
  await expect(library.getByText('ete-a-quebec.jpg')).toBeVisible();
  await library.getByRole('button', { name: 'Choisir la sélection' }).click();
  await page.getByRole('textbox', { name: 'Texte de remplacement' }).nth(0).fill('Un cercle jaune sur fond bleu.');

  await title.nth(1).fill('Summer 2027: applications open in Québec City');
  await summary.nth(1).fill('Québec City startups can apply now.');
  await page.getByRole('textbox', { name: 'Adresse (slug) dans cette langue (facultatif)' }).nth(1).fill(enSlug);
  await retype(page, 1, 'The form is online.');

  // The preview shows the French page as the site renders it, with the site's styles.
  await page.getByRole('button', { name: 'Aperçu', exact: true }).click();
  const preview = page.frameLocator('#preview-pane');
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Été 2027 : l’appel à candidatures s’ouvre à Québec');
  await expect(preview.locator('.tag').first()).toHaveText('Communiqué de presse');
  await expect(preview.getByRole('img', { name: 'Un cercle jaune sur fond bleu.' })).toBeVisible();
  await expect(preview.locator('.tag').first()).toHaveCSS('border-top-left-radius', '16px');
  await page.getByRole('button', { name: 'Édition multilingue' }).click(); // back to the English pane

  // Publishing with the English alt text missing is refused: Decap itself checks only French.
  await publish(page);
  await expect(page.getByText(/publication refusée.*anglais — Image › Texte de remplacement/)).toBeVisible();
  // The English pane is the right half of the editor: open its first folded block (the image) and
  // fill the alt text found there.
  await (await inEnglishPane(page, page.getByRole('button', { name: 'Déplier' }))).click();
  await (await inEnglishPane(page, page.getByRole('textbox', { name: 'Texte de remplacement' }))).fill('A yellow circle on a blue background.');
  await publish(page);
  await expect(page).toHaveURL(new RegExp(`/collections/announcements/entries/${slug}$`));

  // Both files exist, named after the French title without accents, with the expected frontmatter.
  const fr = frontmatter('content', 'announcements', 'fr', `${slug}.md`);
  const en = frontmatter('content', 'announcements', 'en', `${slug}.md`);
  expect(cmsEntrySchemas.announcements.parse(fr.data)).toEqual({
    title: 'Été 2027 : l’appel à candidatures s’ouvre à Québec',
    summary: 'Les jeunes pousses de Québec peuvent poser leur candidature dès maintenant.',
    published: '2027-01-20',
    kind: 'press-release',
    topics: ['cybersecurity'],
    image: { src: '../../media/ete-a-quebec.jpg', alt: 'Un cercle jaune sur fond bleu.' },
    redirectFrom: [],
    publishAt: undefined,
    corrections: [],
    draft: false,
    translationPending: false,
    sample: false,
  });
  expect(cmsEntrySchemas.announcements.parse(en.data)).toEqual({
    title: 'Summer 2027: applications open in Québec City',
    summary: 'Québec City startups can apply now.',
    published: '2027-01-20',
    kind: 'press-release',
    topics: ['cybersecurity'],
    image: { src: '../../media/ete-a-quebec.jpg', alt: 'A yellow circle on a blue background.' },
    slug: enSlug,
    redirectFrom: [],
    publishAt: undefined,
    corrections: [],
    draft: false,
    translationPending: false,
    sample: false,
  });
  expect(fr.body.trim()).toBe('Le formulaire est en ligne.');
  expect(en.body.trim()).toBe('The form is online.');
  // The upload sits with the content (processed by sharp at build), not in public/.
  expect(readdirSync(sandbox.path('content', 'media'))).toContain('ete-a-quebec.jpg');
  expect(readdirSync(sandbox.path('public'))).not.toContain('ete-a-quebec.jpg');

  await sandbox.buildAndServe();

  // Both pages exist and come first in their lists (newest first). The site typesets the title: a no-break space before the colon.
  for (const [list, entryPage, expectedTitle] of [
    [['fr', 'annonces', 'index.html'], ['fr', 'annonces', slug, 'index.html'], 'Été 2027\u00A0: l’appel à candidatures s’ouvre à Québec'],
    [['en', 'announcements', 'index.html'], ['en', 'announcements', enSlug, 'index.html'], 'Summer 2027: applications open in Québec City'],
  ] as const) {
    const $list = load(sandbox.read('dist', ...list));
    const first = $list('.card-list .card').first().find('a').first();
    expect(first.text()).toBe(expectedTitle);
    expect(first.attr('href')).toBe(`/${entryPage.slice(0, -1).join('/')}/`);
    const $page = load(sandbox.read('dist', ...entryPage));
    expect($page('h1').text()).toBe(expectedTitle);

    // The image was optimised by sharp: AVIF and WebP sources in several widths, none larger than the layout needs.
    const sources = $page('figure picture source');
    expect(sources.map((_, source) => $page(source).attr('type')).get()).toEqual(['image/avif', 'image/webp']);
    const img = $page('figure picture img');
    expect(img.attr('alt')).toBe(entryPage[0] === 'fr' ? 'Un cercle jaune sur fond bleu.' : 'A yellow circle on a blue background.');
    const srcset = sources.first().attr('srcset') ?? '';
    expect(srcset).toMatch(/^\/_astro\/ete-a-quebec\.[\w-]+\.avif 400w, .+ 800w, .+ 1200w$/);
    for (const candidate of srcset.split(', ')) {
      const [url = ''] = candidate.split(' ');
      const { format, width = 0 } = await sharp(sandbox.path('dist', url)).metadata();
      expect(format).toBe('heif');
      expect(width).toBeLessThanOrEqual(1200);
    }
    expect(sandbox.read('dist', ...entryPage)).not.toContain('media/ete-a-quebec.jpg');
  }
});

test('an editor changes a FAQ answer and a key date; the site shows exactly what was typed', async ({ page }) => {
  await signIn(page, sandbox.url);

  await page.getByRole('link', { name: 'FAQ', exact: true }).click();
  await page.getByRole('link', { name: /Combien de jeunes pousses seront retenues/ }).click();
  await page.getByRole('button', { name: 'Aperçu', exact: true }).click();
  await retype(page, 0, 'Dix jeunes pousses seront retenues à la fin de l’appel de 2027.');
  // The preview follows the typing and looks like the FAQ page (its styles included).
  const preview = page.frameLocator('#preview-pane');
  await expect(preview.getByRole('heading', { name: 'Foire aux questions', level: 1 })).toBeVisible();
  await expect(preview.locator('.faq details')).toContainText('Dix jeunes pousses seront retenues à la fin de l’appel de 2027.');
  await expect(preview.locator('.faq details')).toHaveCSS('border-bottom-style', 'solid');
  await publish(page);
  const answer = () => frontmatter('content', 'faq', 'fr', 'combien-de-jeunes-pousses.md').body.trim();
  await expect.poll(() => settled(answer)).toBe('Dix jeunes pousses seront retenues à la fin de l’appel de 2027.');

  await page.getByRole('link', { name: /Retour à la collection/ }).click();
  await page.getByRole('link', { name: 'Dates clés', exact: true }).click();
  await page.getByRole('link', { name: /Date limite de dépôt des candidatures/ }).click();
  // The editor types 15/03/2027 at 23:59 (Eastern time), once for both languages.
  await fillDay(page, 'Date', '2027-03-15');
  await page.getByRole('textbox', { name: 'Heure (HH:MM, 24 h) (facultatif)' }).nth(0).fill('23:59');
  // The published deadline (26 February at 12:00 in this copy) moves: no silent change, a note says what it was.
  await addChangeNote(page, { date: '2026-11-26', fr: 'La date limite passe au 15 mars 2027 à 23 h 59.', en: 'The deadline moves to March 15, 2027, 11:59 p.m.', major: true, previous: { date: '2027-02-26', time: '12:00' } });
  await publish(page);
  const deadlineIn = (lang: string) => cmsEntrySchemas.keyDates.parse(frontmatter('content', 'key-dates', lang, 'date-limite.md').data);
  await expect.poll(() => settled(() => deadlineIn('en').date)).toBe('2027-03-15');
  for (const lang of ['fr', 'en']) {
    expect(deadlineIn(lang)).toMatchObject({
      date: '2027-03-15',
      time: '23:59',
      timeZone: 'America/Toronto',
      sample: true, // a key the CMS does not edit survives the save
    });
  }

  await sandbox.buildAndServe();

  expect(builtText('fr', 'faq', 'index.html')).toContain('Dix jeunes pousses seront retenues à la fin de l’appel de 2027.');
  expect(builtText('fr', 'dates', 'index.html')).toContain('15 mars 2027 à 23 h 59');
  expect(builtText('en', 'dates', 'index.html')).toContain('March 15, 2027, 11:59 p.m. ET');
  const deadline = load(sandbox.read('dist', 'fr', 'dates', 'index.html'))('#date-limite time').attr('datetime');
  expect(deadline).toBe('2027-03-16T03:59:00.000Z'); // 23:59 EDT
});

test('the CMS refuses to publish broken content and writes nothing', async ({ page }) => {
  const before = sandbox.contentFingerprint();
  await signIn(page, sandbox.url);

  // An announcement without a title: Decap marks the field and stays on the new entry.
  await page.getByRole('link', { name: 'Annonces', exact: true }).click();
  await page.getByRole('link', { name: 'Créer une entrée de type annonce' }).click();
  await page.getByRole('textbox', { name: 'Résumé' }).nth(0).fill('Sans titre.');
  await fillDay(page, 'Date de publication', '2027-02-01');
  await page.getByRole('combobox', { name: 'Domaines' }).nth(0).click();
  await page.getByRole('option', { name: 'Programme' }).click();
  await retype(page, 0, 'Texte.');
  await publish(page);
  await expect(page.getByText('Titre\u00a0: champ obligatoire.')).toBeVisible();
  await expect(page).toHaveURL(/\/collections\/announcements\/new$/);

  // A form address in http://: the settings refuse it, whatever the language.
  await page.getByRole('link', { name: /Retour à la collection/ }).click();
  await page.getByRole('link', { name: 'Réglages du site', exact: true }).click();
  await page.getByRole('link', { name: /Programme d’accompagnement/ }).click();
  const formUrl = page.getByRole('textbox', { name: 'Adresse du formulaire de candidature' }).nth(0);
  await formUrl.fill('http://formulaire.example.ca/camp-jeunes-pousses');
  await publish(page);
  await expect(page.getByText(/Adresse du formulaire de candidature\u00a0: L’adresse doit commencer par https:\/\//)).toBeVisible();

  expect(sandbox.contentFingerprint()).toEqual(before);
});

test('an editor turns a criterion into a self-check question in both languages; the self-check asks it', async ({ page }) => {
  await signIn(page, sandbox.url);
  await page.getByRole('link', { name: 'Critères', exact: true }).click();
  await page.getByRole('link', { name: /Critères d’admissibilité/ }).first().click();
  // Criteria are folded to their title; each pane has its own list. Unfold the same criterion in both.
  const unfold = (title: string) => page.getByText(title, { exact: true }).first().locator('xpath=ancestor::*[.//button][1]').getByRole('button').first().click();
  await unfold('Dossier complet déposé à temps');
  await unfold('Complete application submitted on time');
  const question = page.getByRole('textbox', { name: 'Question « Suis-je admissible ? » (facultatif)' });
  const answer = page.getByRole('combobox', { name: 'Réponse qui remplit le critère (facultatif)' });
  const faq = page.getByRole('combobox', { name: 'Question de la FAQ liée (facultatif)' });
  // Asked in the negative, so « Non » meets it; the related FAQ answer is picked from the FAQ by its question.
  for (const [pane, text] of [
    [0, 'Votre dossier risque-t-il d’être incomplet ou déposé après la date limite ?'],
    [1, 'Might your application be incomplete or submitted after the deadline?'],
  ] as const) {
    await question.nth(pane).fill(text);
    await answer.nth(pane).click();
    await page.getByRole('option', { name: 'Non', exact: true }).click();
    await faq.nth(pane).click();
    await page.keyboard.type('date limite');
    await page.getByRole('option', { name: 'Quelle est la date limite pour poser sa candidature ?' }).click();
  }
  await publish(page);
  const criterion = (lang: string) => cmsEntrySchemas.criteria.parse(frontmatter('content', 'criteria', lang, 'criteres.md').data).items.find((item) => item.id === 'dossier-complet');
  await expect.poll(() => settled(() => criterion('en')?.question)).toBe('Might your application be incomplete or submitted after the deadline?');
  expect(criterion('fr')).toMatchObject({ question: 'Votre dossier risque-t-il d’être incomplet ou déposé après la date limite ?', satisfiedBy: 'no', faq: 'date-limite' });
  expect(criterion('en')).toMatchObject({ satisfiedBy: 'no', faq: 'date-limite' });

  await sandbox.buildAndServe();

  // The self-check now asks it, links its FAQ answer, and « Non » is the answer that meets it.
  for (const [path, legend, no, yes, eligible] of [
    ['/fr/admissibilite/', 'Votre dossier risque-t-il', 'Non', 'Oui', 'Vous semblez admissible.'],
    ['/en/eligibility/', 'Might your application be incomplete', 'No', 'Yes', 'You appear to be eligible.'],
  ] as const) {
    await page.goto(`${sandbox.url}${path}`);
    const group = page.getByRole('group', { name: legend });
    await expect(group.getByRole('link', { name: /date limite|deadline/i })).toHaveAttribute('href', /\/faq\/#/);
    // The questions' groups (the page has other groups: the phone menu's <details>).
    for (const other of await page.locator('fieldset[data-criterion]').all()) {
      if ((await other.getAttribute('data-criterion')) !== 'dossier-complet') await other.getByRole('radio', { name: yes, exact: true }).check();
    }
    await group.getByRole('radio', { name: yes, exact: true }).check();
    await expect(page.getByRole('status')).not.toContainText(eligible);
    await group.getByRole('radio', { name: no, exact: true }).check();
    await expect(page.getByRole('status')).toContainText(eligible);
  }
});

test('in the editorial workflow a draft may wait for its translation, but cannot be published without it', async ({ page }) => {
  // As in production: every change is a branch and a request, published only when complete.
  sandbox.initGit();
  await sandbox.startProxy('git');
  const slug = 'journee-portes-ouvertes-au-camp';
  // What the site would be built from: the `main` branch (decap-server checks branches out while it works).
  const onMain = (lang: string) => sandbox.git('ls-tree', '--name-only', 'main', `content/announcements/${lang}/`).includes(`${slug}.md`);

  await signIn(page, sandbox.url);
  await page.getByRole('link', { name: 'Annonces', exact: true }).click();
  await page.getByRole('link', { name: 'Créer une entrée de type annonce' }).click();
  await page.getByRole('textbox', { name: 'Titre' }).nth(0).fill('Journée portes ouvertes au CAMP');
  await page.getByRole('textbox', { name: 'Résumé' }).nth(0).fill('Venez rencontrer l’équipe du programme.');
  await fillDay(page, 'Date de publication', '2027-02-10');
  await page.getByRole('combobox', { name: 'Domaines' }).nth(0).click();
  await page.getByRole('option', { name: 'Programme' }).click();
  await retype(page, 0, 'Le 10 février, de 9 h à 17 h.');

  // Saving a French-only draft is allowed: it goes to its own branch, not to the site.
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/collections/announcements/entries/${slug}$`));
  await expect.poll(() => sandbox.git('branch', '--list', 'cms/*')).toContain(`cms/announcements/${slug}`);
  expect(onMain('fr')).toBe(false);

  // Draft → in review → ready; publishing is refused while the English version is missing.
  await markReady(page);
  await publish(page);
  await expect(page.getByText(/publication refusée.*anglais — Titre/)).toBeVisible();
  expect(onMain('fr')).toBe(false);

  // Translated and saved (which sends it back to draft: every change is reviewed), ready again,
  // published: merged into main and the branch is gone.
  await page.getByRole('textbox', { name: 'Titre' }).nth(1).fill('Open house at Le CAMP');
  await page.getByRole('textbox', { name: 'Résumé' }).nth(1).fill('Come and meet the program team.');
  await retype(page, 1, 'February 10, 9 a.m. to 5 p.m.');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Statut\u00a0: Brouillon' })).toBeVisible();
  await markReady(page);
  await publish(page);
  await expect.poll(() => onMain('en')).toBe(true);
  expect(onMain('fr')).toBe(true);
  expect(readRawText(sandbox.git('show', `main:content/announcements/en/${slug}.md`), 'markdown', 'main', 'astro').data).toMatchObject({ title: 'Open house at Le CAMP' });
  await expect.poll(() => sandbox.git('branch', '--list', 'cms/*').trim()).toBe('');
});

test('public pages never load the admin bundle', async ({ page, baseURL }) => {
  const dist = join(repoRoot, 'dist');
  const adminHtml = readFileSync(join(dist, 'admin', 'index.html'), 'utf8');
  // The admin page's inline loader inserts its bundle (src/cms/admin-page.ts).
  const adminScripts = [...adminHtml.matchAll(/\.src\s*=\s*"([^"]+\.js)"/g)].map((match) => match[1] ?? '');
  expect(adminScripts.length, 'the admin page loads its bundle').toBeGreaterThan(0);
  const adminFiles = new Set(adminScripts.map((src) => src.split('/').pop() ?? ''));

  // Every script a public page can reach, following imports from its <script> tags.
  const reachable = new Set<string>();
  const follow = (code: string) => {
    for (const [, spec = ''] of code.matchAll(/(?:from\s*|import\s*\(?\s*)["']([^"']+\.js)["']/g)) {
      const file = spec.split('/').pop() ?? '';
      if (reachable.has(file)) continue;
      reachable.add(file);
      follow(readFileSync(join(dist, '_astro', file), 'utf8'));
    }
  };
  const publicPages = (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[]).filter((file) => file.endsWith('.html') && !file.startsWith('admin'));
  expect(publicPages.length).toBeGreaterThan(10);
  for (const file of publicPages) {
    const html = readFileSync(join(dist, file), 'utf8');
    const $ = load(html);
    $('script[src]').each((_, script) => {
      const file = ($(script).attr('src') ?? '').split('/').pop() ?? '';
      reachable.add(file);
      follow(readFileSync(join(dist, '_astro', file), 'utf8'));
    });
    $('script:not([src])').each((_, script) => follow($(script).text()));
    expect(html, relative(dist, join(dist, file))).not.toMatch(/decap|\/admin\/|cms-config/i);
  }
  for (const file of reachable) {
    expect(adminFiles.has(file), `${file} is the admin bundle`).toBe(false);
    expect(readFileSync(join(dist, '_astro', file), 'utf8'), file).not.toMatch(/decap-cms/);
  }

  // In the browser: public pages request nothing from the admin; the admin page does (control).
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  for (const path of ['/', '/fr/', '/en/', '/fr/annonces/', '/fr/faq/', '/en/dates/']) {
    await page.goto(`${baseURL}${path}`);
    await page.waitForLoadState('networkidle');
  }
  expect(requested.filter((path) => adminFiles.has(path.split('/').pop() ?? '') || path.startsWith('/admin'))).toEqual([]);

  await page.goto(`${baseURL}/admin/`);
  // The whole CMS bundle loads and looks for a local proxy first: seconds on a loaded 2-core machine.
  await expect(page.getByRole('button', { name: /Se connecter/ })).toBeVisible({ timeout: 20_000 });
  expect(requested.some((path) => adminFiles.has(path.split('/').pop() ?? ''))).toBe(true);
});
