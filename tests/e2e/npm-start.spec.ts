/**
 * What editors run: `npm start` (the dev server and Decap's local proxy) on a
 * throwaway copy of the site. Taken ports, everything the built site serves,
 * a build while it runs, then the admin as a French editor uses it in an
 * English-speaking browser: French everywhere, days and times the French way,
 * errors on their field in both panes, previews with the site's formatting,
 * clean files, safe uploads.
 *
 * One `npm start` serves every test; the port tests start short-lived ones
 * (ports from tests/support/ports.ts).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { e2ePort as e2ePortOf } from '../support/ports';
import sharp from 'sharp';
import { readRawText } from '../../src/content/reader';
import { formatDay, formatTime } from '../../src/domain/dates';
import { chromiumArgs, chromiumPath } from './browser';
import { backToCollections, inEnglishPane, openEntry, publish, replaceText, signIn } from './cms-admin';
import { addChangeNote } from './cms-change-note';
import { CmsSandbox, stop } from './cms-sandbox';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const ports = { site: e2ePortOf('startSite'), proxy: e2ePortOf('startProxy') };

test.describe.configure({ mode: 'serial', timeout: 300_000 });
test.use({ locale: 'fr-CA', timezoneId: 'America/Toronto' });

let sandbox: CmsSandbox;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  sandbox = CmsSandbox.create(repoRoot, ports);
  sandbox.initGit();
  await sandbox.startDev();
});

test.afterAll(async () => {
  await sandbox?.close();
});

/** Holds `port` on 127.0.0.1 (as another program would); resolves to `undefined` when something already does. */
function holdPort(port: number): Promise<Server | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(undefined));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => resolve(server));
  });
}

/** The entry file `…segments` of the copy, as the site reads it. */
function entry(...segments: string[]) {
  return readRawText(sandbox.read('content', ...segments), segments.at(-1)?.endsWith('.yml') ? 'yaml' : 'markdown', segments.join('/'));
}

/** Files of `content/` git sees as changed in the copy. */
function changedContent(): string {
  return sandbox.git('status', '--porcelain', '--untracked-files=all', 'content').trim();
}

test.describe('npm start', () => {
  test('a taken port it was asked for stops it with one line naming the port and the variable', async () => {
    const taken = e2ePortOf('otherStartSite');
    const holder = await holdPort(taken);
    // Astro runs one dev server per folder: this start needs its own copy of the site.
    const other = CmsSandbox.create(repoRoot, { site: taken, proxy: e2ePortOf('otherStartProxy') });
    try {
      const run = other.npmStart({ SITE_PORT: String(taken), CMS_PROXY_PORT: String(e2ePortOf('otherStartProxy')) });
      const code = await new Promise<number | null>((resolve) => run.child.once('exit', resolve));
      const lines = run.output().trim().split('\n');
      expect(code).toBe(1);
      expect(lines).toEqual([expect.stringMatching(new RegExp(`^Le port ${taken} \\(le site\\) est déjà utilisé : .*SITE_PORT=\\d+ npm start — port ${taken} \\(the site\\) is already in use`))]);
      expect(run.output()).not.toMatch(/\n\s+at /); // no stack trace
    } finally {
      holder?.close();
      await other.close();
    }
  });

  test('a taken default proxy port is replaced by a free one, which the admin then uses', async () => {
    // Astro runs one dev server per folder: this start needs its own copy of the site.
    const other = CmsSandbox.create(repoRoot, { site: e2ePortOf('otherStartSite'), proxy: e2ePortOf('otherStartProxy') });
    // 8081 is taken: by this test, or already by something else on the machine.
    const holder = await holdPort(8081);
    const run = other.npmStart({ SITE_PORT: String(other.ports.site), CMS_PROXY_PORT: '' });
    try {
      await expect.poll(() => /prend le port (\d+)/.exec(run.output())?.[1], { timeout: 30_000 }).toBeDefined();
      const proxy = Number(/prend le port (\d+)/.exec(run.output())?.[1]);
      expect(run.output()).toContain(`Le port 8081 est déjà utilisé : le proxy du CMS prend le port ${proxy} (CMS_PROXY_PORT pour en choisir un)`);
      const adminPage = () => fetch(`${other.url}/admin/`).then((response) => (response.ok ? response.text() : ''), () => '');
      await expect.poll(adminPage, { timeout: 120_000 }).toContain('cms-config');
      expect(await adminPage()).toContain(`"local_backend":{"url":"http://127.0.0.1:${proxy}/api/v1"`);
      const info = await fetch(`http://127.0.0.1:${proxy}/api/v1`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' });
      expect(info.ok).toBe(true);
    } catch (error) {
      throw new Error(`${String(error)}\nnpm start said:\n${run.output()}`);
    } finally {
      await stop(run);
      holder?.close();
      await other.close();
    }
  });

  test('a second npm start in the same folder says, in one line, where the first one is', async () => {
    const run = sandbox.npmStart({ SITE_PORT: String(e2ePortOf('otherStartSite')), CMS_PROXY_PORT: String(e2ePortOf('otherStartProxy')) });
    const code = await new Promise<number | null>((resolve) => run.child.once('exit', resolve));
    expect(code).toBe(1);
    expect(run.output().trim()).toMatch(new RegExp(`^npm start tourne déjà dans ce dossier : ${sandbox.url}/? \\(processus \\d+\\)\\. [^\\n]+$`));
  });

  test('both servers listen on 127.0.0.1 only', async () => {
    const listening = (port: number) =>
      ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .slice(1)
          .map((line) => line.trim().split(/\s+/))
          .filter((fields) => fields[1]?.endsWith(`:${port.toString(16).toUpperCase().padStart(4, '0')}`) && fields[3] === '0A')
          .map((fields) => fields[1]?.split(':')[0] ?? ''),
      );
    for (const port of [ports.site, ports.proxy]) {
      expect(listening(port), `port ${port}`).toContain('0100007F');
      expect(listening(port).filter((address) => /^0+$/.test(address)), `port ${port} on every address`).toEqual([]);
    }
  });

  test('the search index, press kit downloads, feeds, calendars and open data answer as in the build', async ({ page }) => {
    const mediaPage = await (await fetch(`${sandbox.url}/en/media/`)).text();
    const downloads = [...mediaPage.matchAll(/href="(\/en\/media\/[^"]+\.(?:png|jpg|jpeg|webp))"/g)].map((match) => match[1] ?? '');
    expect(downloads.length).toBeGreaterThan(1);
    const files: [string, RegExp][] = [
      ['/search/fr/index.json', /^application\/json/],
      ['/search/en/index.json', /^application\/json/],
      ...downloads.map((path): [string, RegExp] => [path, /^image\/(png|jpeg|webp)$/]),
      ['/fr/rss.xml', /xml/],
      ['/en/changes.xml', /xml/],
      ['/fr/dates.ics', /^text\/calendar/],
      ['/en/dates/date-limite.ics', /^text\/calendar/],
      ['/fr/programme.json', /^application\/json/],
      ['/en/program.json', /^application\/json/],
      ['/open-data/program-1.schema.json', /json/],
      ['/sitemap-index.xml', /xml/],
      ['/robots.txt', /^text\/plain/],
    ];
    for (const [path, type] of files) {
      const response = await fetch(`${sandbox.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type') ?? '', path).toMatch(type);
    }
    // The search page finds content through the dev server.
    await page.goto(`${sandbox.url}/fr/recherche/?q=date%20limite`);
    await expect(page.getByRole('main').getByRole('link', { name: /Date limite/ }).first()).toBeVisible({ timeout: 60_000 });
    await expect(page.getByText('La recherche est momentanément indisponible')).toBeHidden();
  });
});

/** Every phrase of Decap's English interface that our French replaces, as patterns matching a whole text. */
async function englishPhrases(): Promise<RegExp[]> {
  const { default: en } = await import('decap-cms-locales/src/en/index.js');
  const fr = JSON.parse(readFileSync(new URL('../../admin/locale/fr.json', import.meta.url), 'utf8')) as object;
  const flat = (phrases: object, prefix = ''): [string, string][] =>
    Object.entries(phrases).flatMap(([key, value]): [string, string][] => (typeof value === 'string' ? [[`${prefix}${key}`, value]] : flat(value as object, `${prefix}${key}.`)));
  const french = new Map(flat(fr));
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const phrases = flat(en)
    .filter(([key, text]) => french.get(key) !== text && text.replace(/%\{\w+\}/g, '').trim().length > 2)
    .map(([, text]) => text.split('|||| ')[0] ?? text);
  // Texts Decap writes outside its locale, and the marks of an English browser locale leaking into dates and times.
  const others = ['Logo', 'Select...', 'No options', 'Invalid Date', '%{x} already exists. Do you want to replace it?'];
  return [...phrases, ...others].map((text) => new RegExp(`^${escape(text.trim()).replace(/%\\\{\w+\\\}/g, '.+')}$`));
}

/** Visible texts and the accessible texts (labels, titles, placeholders, alternatives) of the page, not what editors typed. */
async function interfaceTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('textarea, [contenteditable="true"], script, style')) continue;
      const text = node.textContent?.trim();
      if (text) texts.push(text);
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], img[alt]')) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

test.describe('the admin, for a French editor in an English browser', () => {
  let browser: Browser;
  let page: Page;

  // One Chromium started in American English (its menus, its date and time inputs), like an
  // editor's laptop bought in the United States; the admin must not care.
  test.beforeAll(async () => {
    browser = await chromium.launch({ args: [...chromiumArgs, '--lang=en-US'], ...(chromiumPath ? { executablePath: chromiumPath } : {}) });
  });

  test.beforeEach(async () => {
    page = await browser.newPage({ locale: 'en-US', timezoneId: 'America/Toronto', viewport: { width: 1400, height: 1000 } });
  });

  test.afterEach(async () => {
    await page.close();
  });

  test.afterAll(async () => {
    await browser.close();
  });

  test('shows no English and writes days and times the French way', async () => {
    const english = await englishPhrases();
    const seen = new Set<string>();
    const look = async () => {
      for (const text of await interfaceTexts(page)) seen.add(text);
    };
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(`${sandbox.url}/admin/`);
    const signInButton = page.getByRole('button', { name: 'Se connecter' });
    await signInButton.waitFor({ timeout: 180_000 });
    await expect(page.getByRole('img', { name: /gestion du contenu/ })).toBeVisible();
    await look();
    await signInButton.click();
    await page.getByRole('link', { name: 'Dates clés', exact: true }).click();
    await expect(page.getByRole('link', { name: /Date limite de dépôt/ })).toBeVisible();
    await look();
    await page.getByRole('button', { name: 'Menu du compte' }).click();
    await look();
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: /Date limite de dépôt/ }).click();
    await page.getByRole('button', { name: 'Aperçu', exact: true }).click();
    await look();
    await page.getByRole('button', { name: 'Aperçu', exact: true }).click();
    await look();

    // Days: day, month, year boxes in that order, and the day as the site writes it; times on the 24-hour clock.
    const { data } = entry('key-dates', 'fr', 'date-limite.md');
    const [year, month, day] = String(data['date']).split('-');
    const group = page.getByRole('group', { name: 'Date' }).first();
    expect(await group.getByRole('textbox').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value))).toEqual([day, month, year]);
    await expect(group.locator('..')).toContainText(formatDay('fr', String(data['date'])));
    const time = page.getByRole('textbox', { name: 'Heure (HH:MM, 24 h) (facultatif)' }).first();
    await expect(time).toHaveValue(String(data['time']));
    await expect(time.locator('../..')).toContainText(formatTime('fr', String(data['time'])));
    expect(await page.locator('input[type="date"], input[type="time"], input[type="datetime-local"]').count()).toBe(0);
    // A field the schema requires unless the date is « à annoncer » is not called optional.
    await expect(await labelOf(page, page.getByRole('textbox', { name: 'Date — jour' }).first())).toHaveText(/^date$/i, { useInnerText: true });

    await backToCollections(page);
    await page.getByRole('link', { name: 'Annonces', exact: true }).click();
    await page.getByRole('link', { name: 'Créer une entrée de type annonce' }).click();
    await page.getByRole('textbox', { name: 'Titre' }).first().waitFor();
    await look();
    await page.getByRole('button', { name: 'Publier', exact: true }).click();
    await look();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Déplier' }).first().click();
    // The alt text is required once an image is chosen: not labelled optional.
    await expect(await labelOf(page, page.getByRole('textbox', { name: 'Texte de remplacement' }).first())).toHaveText(/^texte de remplacement$/i, { useInnerText: true });
    await page.getByRole('button', { name: 'Choisir une image' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await look();

    const leaks = [...seen].filter((text) => english.some((pattern) => pattern.test(text)));
    expect(leaks).toEqual([]);
    // The full-width plus of Decap's « ＋ Annonce » is missing from common system fonts.
    expect([...seen].filter((text) => /[\uff00-\uffef]/.test(text))).toEqual([]);
    expect(seen.size).toBeGreaterThan(50);
  });

  test('an invalid value in the English pane shows its error on that field, in French, until fixed', async () => {
    await signIn(page, sandbox.url);
    await openEntry(page, 'Dates clés', /Date limite de dépôt/);
    const english = await inEnglishPane(page, page.getByRole('textbox', { name: 'Intitulé' }));
    const label = await english.inputValue();
    await english.fill('');
    await publish(page);
    await expect(page.getByText(/publication refusée.*anglais — Intitulé/)).toBeVisible();
    // The message sits right under the English field, not in the French pane.
    const issues = page.locator('[data-field-issues]');
    await expect(issues).toHaveCount(1);
    await expect(issues).toHaveText(/^Erreur : champ obligatoire/);
    const fieldBox = await english.boundingBox();
    const issueBox = await issues.boundingBox();
    expect(issueBox && fieldBox && issueBox.x > (page.viewportSize()?.width ?? 1400) / 2 && issueBox.y > fieldBox.y && issueBox.y - fieldBox.y < 120).toBe(true);
    await replaceText(page, english, label);
    await expect(issues).toHaveCount(0);
    expect(changedContent()).toBe('');
  });

  test('each collection’s preview shows values as the site formats them', async () => {
    await signIn(page, sandbox.url);
    const previewOf = async (collection: string, name: RegExp) => {
      await openEntry(page, collection, name);
      await page.getByRole('button', { name: 'Aperçu', exact: true }).click();
      const frame = page.frameLocator('#preview-pane');
      await expect(frame.locator('main')).toBeVisible();
      const text = (await frame.locator('main').innerText()).replace(/[\s\u00a0\u202f]+/g, ' ');
      await page.getByRole('button', { name: 'Aperçu', exact: true }).click();
      await backToCollections(page);
      return text;
    };
    const squash = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');
    const keyDate = entry('key-dates', 'fr', 'date-limite.md').data;
    const keyDateText = await previewOf('Dates clés', /Date limite de dépôt/);
    expect(keyDateText).toContain(squash(formatDay('fr', String(keyDate['date']))));
    expect(keyDateText).toContain(squash(formatTime('fr', String(keyDate['time']))));
    expect(keyDateText).toMatch(/Confirmée|Modifiée/);
    expect(keyDateText).toContain('Étape du programme : Date limite des candidatures');
    expect(keyDateText).toMatch(/Changement (majeur|mineur)/);
    expect(keyDateText).not.toMatch(/\b(confirmed|changed|applications-close|major|minor)\b|\d{4}-\d{2}-\d{2}/);

    const criteria = entry('criteria', 'fr', 'criteres.md').data;
    const criteriaText = await previewOf('Critères', /Critères/);
    expect(criteriaText).toContain(`En vigueur le ${squash(formatDay('fr', String(criteria['effective'])))}`);
    expect(criteriaText).toContain('Lien direct : /fr/criteres/#entreprise-de-quebec');
    expect(criteriaText).toContain('Critères d’admissibilité');
    expect(criteriaText).not.toMatch(/\beligibility\b|\d{4}-\d{2}-\d{2}/);

    const announcement = entry('announcements', 'fr', 'criteres-devoiles.md').data;
    const announcementText = await previewOf('Annonces', /dévoile les critères/);
    expect(announcementText).toContain(`Publié le ${squash(formatDay('fr', String(announcement['published'])))}`);
    expect(announcementText).toContain('Communiqué de presse');
    expect(announcementText).not.toMatch(/press-release|\d{4}-\d{2}-\d{2}/);

    expect(await previewOf('FAQ', /Combien de jeunes pousses/)).toContain('Le programme');
    expect(await previewOf('Pages', /À propos/)).toMatch(/Dernière mise à jour|Historique des changements/);
    const settingsText = await previewOf('Réglages du site', /Programme d’accompagnement/);
    expect(settingsText).toContain('120 000 $');
    expect(settingsText).toContain('1 200 000 $');
    expect(settingsText).not.toMatch(/120000/);
    const kit = await previewOf('Trousse média', /Logo du programme/);
    expect(kit).toContain('Logos');
    expect(kit).toContain('Crédit : Le CAMP');
    expect(kit).not.toMatch(/\blogo\b/);
  });

  test('an entry saved back to what it was is the same file, byte for byte: git status stays clean', async () => {
    await signIn(page, sandbox.url);
    // The collections with the most shapes (objects, lists of objects, days and times, images, YAML,
    // an optional body); every content file goes through the same save path in tests/content/cms-format.test.ts.
    const entries: [collection: string, name: RegExp, field: string][] = [
      ['Annonces', /dévoile les critères/, 'Titre'],
      ['Critères', /Critères/, 'Titre de la page'],
      ['Dates clés', /Date limite de dépôt/, 'Intitulé'],
      ['Trousse média', /Logo du programme/, 'Titre'],
      ['Réglages du site', /Programme d’accompagnement/, 'Nom court'],
    ];
    for (const [collection, name, field] of entries) {
      await openEntry(page, collection, name);
      const box = page.getByRole('textbox', { name: field, exact: true }).first();
      const original = await box.inputValue();
      // A real change, published: the file changes…
      await replaceText(page, box, `${original} (essai)`);
      await publish(page);
      await expect(page.getByText('Aucune modification à enregistrer'), collection).toBeVisible();
      await expect.poll(changedContent, { message: collection }).not.toBe('');
      // …then, the entry read again from disk, the same field back as it was, published again: every
      // other field went through Decap and the save path twice, and the file is exactly what it was.
      await page.reload();
      await expect(box).toHaveValue(`${original} (essai)`, { timeout: 60_000 });
      await replaceText(page, box, original);
      await publish(page);
      await expect.poll(changedContent, { message: collection }).toBe('');
      await backToCollections(page);
    }
  });

  test('an entry with no change offers nothing to save', async () => {
    await signIn(page, sandbox.url);
    await openEntry(page, 'Dates clés', /Date limite de dépôt/);
    const box = page.getByRole('textbox', { name: 'Intitulé', exact: true }).first();
    await box.press('End');
    await box.press('x');
    await expect(page.getByText('Modifications non enregistrées')).toBeVisible();
    await box.press('Backspace');
    await expect(page.getByText('Aucune modification à enregistrer')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Publier', exact: true })).toHaveCount(0);
    expect(changedContent()).toBe('');
  });

  test('publishing does not reload the admin under the editor, though the dev server reloads pages when content changes', async () => {
    await signIn(page, sandbox.url);
    await openEntry(page, 'Réglages du site', /Programme d’accompagnement/);
    // A reload would start a new window object: the mark would be gone.
    await page.evaluate(() => Object.assign(window, { adminNotReloaded: true }));
    const box = page.getByRole('textbox', { name: 'Nom court', exact: true }).first();
    await replaceText(page, box, `${await box.inputValue()} (essai)`);
    await publish(page);
    await expect.poll(changedContent).not.toBe('');
    // The dev server sees the written files and asks every open page to reload; give it time to.
    await page.waitForTimeout(3000);
    expect(await page.evaluate(() => 'adminNotReloaded' in window)).toBe(true);
    await expect(box).toHaveValue(/\(essai\)$/);
    sandbox.git('checkout', '--', 'content');
  });

  test('editing a key date and the settings changes exactly the lines edited', async () => {
    await signIn(page, sandbox.url);
    await openEntry(page, 'Dates clés', /Date limite de dépôt/);
    await page.getByRole('textbox', { name: 'Heure (HH:MM, 24 h) (facultatif)' }).first().fill('22 h');
    // A published deadline that moves needs its change note (docs/changes.md): the editor records the old time.
    await addChangeNote(page, { date: '2026-11-30', fr: 'L’heure limite passe à 22 h.', en: 'The deadline now closes at 10 p.m.', major: true, previous: { date: '2027-03-15', time: '23:59' } });
    await publish(page);
    await expect(page.getByText('Aucune modification à enregistrer')).toBeVisible();
    await backToCollections(page);
    await openEntry(page, 'Réglages du site', /Programme d’accompagnement/);
    const figure = page.getByRole('spinbutton', { name: 'Accompagnement par jeune pousse ($ CA)' }).first();
    await figure.fill('125000');
    await publish(page);
    await expect(page.getByText('Aucune modification à enregistrer')).toBeVisible();

    // The reviewer's diff: the time changed in place in each language (stored as typed the French way, quoted),
    // the note appended to the French file's history, the figure in place; nothing else moved.
    const diff = sandbox.git('diff', '--unified=0', '--', 'content');
    const changed = diff.split('\n').filter((line) => /^[-+][^-+]/.test(line));
    const notes = readRawText(sandbox.read('content', 'key-dates', 'fr', 'date-limite.md'), 'markdown', 'date-limite.md').data['changes'] as Record<string, unknown>[];
    expect(notes.at(-1)).toMatchObject({ date: '2026-11-30', note: { fr: 'L’heure limite passe à 22 h.', en: 'The deadline now closes at 10 p.m.' }, impact: 'major', previous: { date: '2027-03-15', time: '23:59' } });
    // The note's lines: its first, then those indented below it.
    const start = changed.indexOf('+  - date: 2026-11-30');
    expect(start).toBeGreaterThan(-1);
    let end = start + 1;
    while (changed[end]?.startsWith('+    ')) end += 1;
    const noteLines = changed.slice(start, end);
    expect(changed.filter((line) => !noteLines.includes(line))).toEqual([
      '-time: "23:59"',
      '+time: "22:00"',
      '-time: "23:59"',
      '+time: "22:00"',
      '-  supportPerStartup: 120000',
      '+  supportPerStartup: 125000',
      '-  supportPerStartup: 120000',
      '+  supportPerStartup: 125000',
    ]);
    expect(sandbox.git('diff', '--name-only', '--', 'content').trim().split('\n').sort()).toEqual([
      'content/key-dates/en/date-limite.md',
      'content/key-dates/fr/date-limite.md',
      'content/settings/en/site.yml',
      'content/settings/fr/site.yml',
    ]);
    sandbox.git('checkout', '--', 'content');
  });

  test('uploads: a non-image is refused in French, a large photo is stored at 3,000 pixels', async ({}, testInfo) => {
    const notAnImage = testInfo.outputPath('faux.jpg');
    const photo = testInfo.outputPath('Grande photo.jpg');
    await sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#3d7a2b' } }).jpeg({ quality: 90 }).toFile(photo);
    writeFileSync(notAnImage, 'ceci n’est pas une image');
    const messages: string[] = [];
    page.on('dialog', (dialog) => messages.push(dialog.message())); // signIn accepts them
    await signIn(page, sandbox.url);
    // The media library of the header stores uploads at once (from an entry, with the entry's save).
    await page.getByRole('button', { name: 'Images et fichiers' }).click();
    const input = page.getByRole('dialog').locator('input[type="file"]');
    await input.setInputFiles(notAnImage);
    await expect.poll(() => messages).toEqual(['« faux.jpg » ne peut pas être lu comme une image : le fichier n’a pas été envoyé.']);
    expect(changedContent()).toBe('');
    await input.setInputFiles(photo);
    await expect(page.getByRole('dialog').getByText('grande-photo.jpg')).toBeVisible({ timeout: 30_000 });
    const stored = sandbox.path('content', 'media', 'grande-photo.jpg');
    await expect.poll(() => readdirSync(sandbox.path('content', 'media'))).toContain('grande-photo.jpg');
    expect(await sharp(stored).metadata()).toMatchObject({ format: 'jpeg', width: 3000, height: 2250 });
    sandbox.git('clean', '--force', '--quiet', '--', 'content/media');
  });
});

test('a build run while npm start runs leaves the admin working', async ({ page }) => {
  await signIn(page, sandbox.url);
  await sandbox.build();
  // The dev server keeps its own cache (.cache/dev): nothing it optimised went stale.
  const failures: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 500) failures.push(`${response.status()} ${response.url()}`);
  });
  await page.reload();
  const signInButton = page.getByRole('button', { name: 'Se connecter' });
  const collections = page.getByRole('link', { name: 'Annonces', exact: true });
  await expect(signInButton.or(collections)).toBeVisible({ timeout: 120_000 });
  if (await signInButton.isVisible()) await signInButton.click();
  await expect(collections).toBeVisible();
  expect(failures).toEqual([]);
  expect((await fetch(`${sandbox.url}/fr/`)).ok).toBe(true);
});

/** Decap's label of a control (the first `<label for>` of its id). */
async function labelOf(page: Page, control: ReturnType<Page['locator']>) {
  return page.locator(`label[for="${await control.getAttribute('id')}"]`).first();
}
