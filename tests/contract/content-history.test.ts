// If this fails, `npm run check:content` (and so CI) would let a published date move without a change note, or fail to say that it could not check.
/**
 * The "no silent change" rule as editors and CI run it: `npm run check:content`
 * in a throw-away git repository holding a copy of the project. Moving the
 * information session from 12:00 to 13:30 without a note fails, naming the
 * file and the field; with a note recording the old value it passes; in a
 * shallow clone the check says the rule was not verified.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyProject, removeCopy, repoRoot } from '../support/temp-site';

const session = (lang: string) => join('content', 'key-dates', lang, 'seance-information.md');
let copy = '';
let shallow = '';

/** Runs git in `cwd` with a throw-away identity. */
function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args], { cwd, encoding: 'utf8' });
}

/** Runs `npm run check:content` in `cwd`: its exit code and everything it printed. */
function checkContent(cwd: string, env: NodeJS.ProcessEnv = {}): { code: number | null; output: string } {
  const { CONTENT_BASE_REF: _ignored, ...inherited } = process.env;
  const result = spawnSync('npm', ['run', '--silent', 'check:content'], { cwd, env: { ...inherited, ...env, FORCE_COLOR: '0', NO_COLOR: '1' }, encoding: 'utf8', timeout: 180_000 });
  return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Rewrites the session's files (both languages, or the French one) with `edit`. */
function editSession(edit: (text: string) => string, langs: readonly string[] = ['fr', 'en']): void {
  for (const lang of langs) {
    const path = join(copy, session(lang));
    const text = readFileSync(path, 'utf8');
    const edited = edit(text);
    if (edited === text) throw new Error(`${path}: the edit changed nothing`);
    writeFileSync(path, edited);
  }
}

/** The session's time, moved. */
const moveTo = (time: string) => (text: string) => text.replace(/^time: "\d\d:\d\d"$/m, `time: "${time}"`);

/** A change note recording the old value, added at the top of the history (in the French file, where the history is). */
const addNote = (from: string) => (text: string) =>
  text.replace(
    /^changes:\n/m,
    `changes:\n  - date: 2026-11-25\n    note:\n      fr: La séance commence désormais à 13 h 30.\n      en: The session now starts at 1:30 p.m.\n    impact: major\n    previous:\n      date: 2026-12-10\n      time: "${from}"\n`,
  );

beforeAll(() => {
  copy = copyProject('content-history-');
  git(copy, 'init', '--quiet', '--initial-branch=main');
  git(copy, 'add', '--all');
  git(copy, 'commit', '--quiet', '--message', 'Published site');
}, 60_000);

afterAll(() => {
  removeCopy(copy);
  if (shallow) rmSync(shallow, { recursive: true, force: true });
});

describe('npm run check:content against git', () => {
  test('the copy starts clean', () => {
    const result = checkContent(copy);
    expect(result.output).toContain('Changements sans note');
    expect(result.code, result.output).toBe(0);
  }, 200_000);

  test('moving a confirmed time without a note fails, naming the file and the field', () => {
    editSession(moveTo('13:30'));
    const result = checkContent(copy);
    expect(result.code).not.toBe(0);
    // The French file holds the history; the English file's time must equal it (another rule), so it is not named twice.
    expect(result.output).toContain('content/key-dates/fr/seance-information.md — Heure (HH:MM, 24 h) (time)');
    expect(result.output).toContain('2026-12-10 12:00 (America/Toronto) → 2026-12-10 13:30 (America/Toronto)');
  }, 200_000);

  test('a note that does not record the old value still fails, naming the history', () => {
    editSession(addNote('11:00'), ['fr']);
    const result = checkContent(copy);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('content/key-dates/fr/seance-information.md — Historique des changements (changes)');
    expect(result.output).toContain('heure 12:00');
  }, 200_000);

  test('with a note recording the old value it passes, before and after the commit', () => {
    editSession((text) => text.replace('time: "11:00"', 'time: "12:00"'), ['fr']);
    const uncommitted = checkContent(copy);
    expect(uncommitted.code, uncommitted.output).toBe(0);
    git(copy, 'commit', '--quiet', '--all', '--message', 'Session at 13:30, with its note');
    const committed = checkContent(copy);
    expect(committed.code, committed.output).toBe(0);
  }, 400_000);

  test('a committed move without a note fails against the previous commit, and against a CONTENT_BASE_REF before it', () => {
    editSession(moveTo('14:00'));
    git(copy, 'commit', '--quiet', '--all', '--message', 'Session at 14:00, no note');
    const byDefault = checkContent(copy);
    expect(byDefault.code).not.toBe(0);
    expect(byDefault.output).toContain('13:30 (America/Toronto) → 2026-12-10 14:00');
    const againstBase = checkContent(copy, { CONTENT_BASE_REF: 'main~1' });
    expect(againstBase.code).not.toBe(0);
    expect(againstBase.output).toContain('13:30 (America/Toronto) → 2026-12-10 14:00');
    // Against the first publication the public saw 12:00, now 14:00, and a note says it was 12:00: that is not silent.
    const againstFirst = checkContent(copy, { CONTENT_BASE_REF: 'main~2' });
    expect(againstFirst.code, againstFirst.output).toBe(0);
  }, 400_000);

  test('in a shallow clone the rule says it was not verified, and the other checks still run', () => {
    git(copy, 'reset', '--quiet', '--hard', 'HEAD~1');
    shallow = mkdtempSync(join(tmpdir(), 'content-history-shallow-'));
    git(tmpdir(), 'clone', '--quiet', '--depth', '1', `file://${copy}`, shallow);
    symlinkSync(join(repoRoot, 'node_modules'), join(shallow, 'node_modules'), 'dir');
    const result = checkContent(shallow);
    expect(result.output).toContain('RÈGLE NON VÉRIFIÉE');
    expect(result.output).toContain('clone superficiel');
    expect(result.code, result.output).toBe(0);
  }, 200_000);
});
