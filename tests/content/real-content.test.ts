// If this fails, the real content/ has a problem an editor must fix before publishing: each line names the file and the field.
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkContent, formatProblem } from '../../src/content/check';
import { asContentFiles, readContentTree } from '../../src/content/read-from-disk';

test('content/ passes every check (schemas, translations, slugs, images, no MDX)', () => {
  const root = join(import.meta.dirname, '..', '..');
  const tree = readContentTree(root);
  const problems = checkContent(asContentFiles(tree), { exists: (path) => tree.has(path) });
  expect(problems.map(formatProblem).join('\n')).toBe('');
});
