/**
 * Every page of the build passes the W3C Nu HTML Checker, the reference
 * validator (`vnu-jar` from npm, run by Java: `.ci/run` installs Debian's
 * `default-jre-headless` when `java` is missing), besides html-validate in
 * output.spec.ts. One Java process checks every file, a known-bad canary
 * included, so the gate is seen to catch what it must.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { distRoot, htmlFiles } from '../support/site-output';

const run = promisify(execFile);

/** The checker's jar, as the npm package ships it. */
const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/** A page with the two faults the checker found on the search pages and 39 others before: a script after `</html>`, a `<style>` in the body. */
const canary = '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Canari</title></head><body><p>x</p><style>p{}</style></body></html><script src="a.js"></script>';

/** One message of the checker's JSON report. */
interface NuMessage {
  readonly type: string;
  readonly subType?: string;
  readonly url?: string;
  readonly lastLine?: number;
  readonly message: string;
}

test('every page passes the Nu HTML Checker with 0 errors (one Java process; a canary proves it reports errors)', async () => {
  test.setTimeout(180_000);
  const java = process.env['JAVA_HOME'] ? join(process.env['JAVA_HOME'], 'bin', 'java') : 'java';
  await run(java, ['-version']).catch(() => {
    throw new Error('Java is needed to run the Nu HTML Checker: apt-get install -y default-jre-headless (.ci/run does it on CI)');
  });
  const scratch = mkdtempSync(join(tmpdir(), 'nu-canary-'));
  const canaryFile = join(scratch, 'canary.html');
  writeFileSync(canaryFile, canary);
  try {
    const files = htmlFiles().map((file) => join(distRoot, file));
    expect(files.length).toBeGreaterThan(30);
    // --exit-zero-always: the report is read from the JSON, whatever the exit status.
    const { stderr } = await run(java, ['-jar', vnuJar, '--format', 'json', '--exit-zero-always', canaryFile, ...files], { maxBuffer: 64 * 1024 * 1024 });
    const messages = (JSON.parse(stderr) as { messages: NuMessage[] }).messages;
    const errors = messages.filter((message) => message.type === 'error' || message.subType === 'fatal' || message.type === 'non-document-error');
    const fromCanary = errors.filter((message) => message.url?.endsWith('canary.html'));
    expect(fromCanary.map((message) => message.message).join('\n')).toMatch(/Stray start tag|style/);
    const fromSite = errors.filter((message) => !message.url?.endsWith('canary.html'));
    expect(fromSite.map((message) => `${(message.url ?? '').replace(/^.*\/dist\//, '')}:${message.lastLine ?? ''} ${message.message}`)).toEqual([]);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});
