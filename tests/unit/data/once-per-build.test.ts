// If this fails, a build computes the same query once per page again (slower builds), or `astro dev` shows
// content as it was when the server started.
import { describe, expect, test } from 'vitest';
import { oncePerBuild } from '../../../src/data/once-per-build';

describe('oncePerBuild', () => {
  test.each([
    { keep: true, calls: 1 },
    { keep: false, calls: 3 },
  ])('keep = $keep: $calls computation(s) for three asks', async ({ keep, calls }) => {
    let computed = 0;
    const key = `count-${String(keep)}`;
    const ask = () => oncePerBuild(key, async () => (computed += 1), keep);
    const answers = await Promise.all([ask(), ask(), ask()]);
    expect(computed).toBe(calls);
    expect(new Set(answers).size).toBe(calls);
  });

  test('different keys are different answers', async () => {
    const [fr, en] = await Promise.all([oncePerBuild('lang-fr', async () => 'fr', true), oncePerBuild('lang-en', async () => 'en', true)]);
    expect([fr, en]).toEqual(['fr', 'en']);
  });

  test('a failure is not kept: the next ask computes again', async () => {
    let attempts = 0;
    const flaky = () => oncePerBuild('flaky', async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('content/settings/fr/site.yml missing');
      return 'ok';
    }, true);
    await expect(flaky()).rejects.toThrow('site.yml');
    await expect(flaky()).resolves.toBe('ok');
    expect(attempts).toBe(2);
  });
});
