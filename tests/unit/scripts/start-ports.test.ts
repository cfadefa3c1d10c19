// If this fails, `npm start` on a machine where a port is taken crashes or silently moves a port the editor chose.
import { describe, expect, test } from 'vitest';
import { alreadyRunningLine, choosePort, parsePort, portSearchSpan, proxyPort, runningServerOf, sitePort, welcomeLines, type RunningServer } from '../../../scripts/start-ports';

/** A port checker that says everything is free except `busy`. */
const freeExcept =
  (...busy: number[]) =>
  (port: number) =>
    Promise.resolve(!busy.includes(port));

describe('parsePort', () => {
  test.each<[string, number | undefined]>([
    ['8081', 8081],
    [' 4321 ', 4321],
    ['1', 1],
    ['65535', 65_535],
    ['0', undefined],
    ['65536', undefined],
    ['80a', undefined],
    ['-1', undefined],
    ['', undefined],
  ])('%j → %s', (value, expected) => {
    expect(parsePort(value)).toBe(expected);
  });
});

describe('choosePort', () => {
  test.each<[string, string | undefined, number[], number[], number]>([
    ['the default when free', undefined, [], [], 8081],
    ['the next free port when the default is taken', undefined, [8081], [], 8082],
    ['skips several taken ports', undefined, [8081, 8082, 8083], [], 8084],
    ['skips the port given to the other server', undefined, [8081], [8082], 8083],
    ['an empty variable counts as unset', '', [8081], [], 8082],
    ['the chosen port when free', '9000', [8081], [], 9000],
  ])('%s', async (_, raw, busy, taken, expected) => {
    const choice = await choosePort(proxyPort, raw, freeExcept(...busy), taken);
    expect(choice).toMatchObject({ ok: true, port: expected });
  });

  test('a replaced default is announced in French and English, naming the variable', async () => {
    const choice = await choosePort(proxyPort, undefined, freeExcept(8081));
    expect(choice.ok && choice.note).toBe(
      'Le port 8081 est déjà utilisé : le proxy du CMS prend le port 8082 (CMS_PROXY_PORT pour en choisir un) — port 8081 is in use: the CMS proxy uses port 8082 (set CMS_PROXY_PORT to choose).',
    );
    expect(await choosePort(proxyPort, undefined, freeExcept())).toEqual({ ok: true, port: 8081 });
  });

  test('a taken port the editor chose is reported in one line, never swapped', async () => {
    const choice = await choosePort(sitePort, '4321', freeExcept(4321, 4322)); // the suggestion is a port that is free
    expect(choice).toEqual({
      ok: false,
      message: 'Le port 4321 (le site) est déjà utilisé : choisissez-en un autre, par exemple SITE_PORT=4323 npm start — port 4321 (the site) is already in use: choose another one, e.g. SITE_PORT=4323 npm start.',
    });
    expect(choice.ok ? '' : choice.message).not.toContain('\n');
  });

  test('a chosen port already given to the other server is refused', async () => {
    expect(await choosePort(proxyPort, '4321', freeExcept(), [4321])).toMatchObject({ ok: false });
  });

  test('a value that is not a port is refused, naming the variable', async () => {
    expect(await choosePort(sitePort, 'abc', freeExcept())).toEqual({ ok: false, message: 'SITE_PORT=abc n’est pas un numéro de port (1 à 65535) — SITE_PORT=abc is not a port number (1 to 65535).' });
  });

  test('gives up, in one line, when every port of the span is taken', async () => {
    const busy = Array.from({ length: portSearchSpan + 1 }, (_, index) => 4321 + index);
    const choice = await choosePort(sitePort, undefined, freeExcept(...busy));
    expect(choice).toMatchObject({ ok: false, message: expect.stringContaining('SITE_PORT=… npm start') });
  });
});

test('the welcome lines give the site and the admin addresses in both languages', () => {
  expect(welcomeLines(4400, 8090)).toEqual([
    'Site : http://127.0.0.1:4400/  ·  Gestion du contenu (CMS) : http://127.0.0.1:4400/admin/',
    'Site: http://127.0.0.1:4400/  ·  Content management (CMS): http://127.0.0.1:4400/admin/',
    'Proxy local du CMS / local CMS proxy: http://127.0.0.1:8090/ — Ctrl-C arrête les deux / stops both.',
  ]);
});

describe('a dev server already running in the folder', () => {
  test.each<[string | undefined, RunningServer | undefined]>([
    ['{"pid":123,"port":4321,"url":"http://127.0.0.1:4321/","background":false,"startedAt":"2026-11-30T12:00:00Z"}', { pid: 123, url: 'http://127.0.0.1:4321/' }],
    [undefined, undefined],
    ['not json', undefined],
    ['{"url":"http://127.0.0.1:4321/"}', undefined],
  ])('%j', (text, expected) => {
    expect(runningServerOf(text)).toEqual(expected);
  });

  test('is reported in one line, in French and English, with its address', () => {
    const line = alreadyRunningLine({ pid: 123, url: 'http://127.0.0.1:4321/' });
    expect(line).toMatch(/^npm start tourne déjà dans ce dossier : http:\/\/127\.0\.0\.1:4321\/ \(processus 123\).* — npm start is already running in this folder: http:\/\/127\.0\.0\.1:4321\/ \(process 123\)/);
    expect(line).not.toContain('\n');
  });
});
