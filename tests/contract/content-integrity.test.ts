// If this fails, an editor's broken file would reach the build (or the public) without a clear message naming the file and the field.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent, formatProblem, type ContentProblem } from '../../src/content/check';
import { asContentFiles, readContentTree } from '../../src/content/read-from-disk';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const base = readContentTree(join(fixtures, 'content-base'));

/** What a case expects: a problem on `file`, on `field` when given, with a message matching `message`. */
interface ExpectedProblem {
  file: string;
  /** The line the problem is on, for problems about a line of the text. */
  line?: number;
  field?: string;
  fieldLabel?: string;
  message: string;
}

interface BadContentCase {
  description: string;
  remove: string[];
  expect: ExpectedProblem[];
  expectNone: boolean;
}

const caseNames = readdirSync(join(fixtures, 'bad-content'));

/** The base corpus with a case's files added or replaced and its removals applied. */
function treeFor(name: string): Map<string, Buffer> {
  const tree = new Map(base);
  for (const [path, text] of readContentTree(join(fixtures, 'bad-content', name))) tree.set(path, text);
  const spec = readCase(name);
  for (const path of spec.remove) tree.delete(path);
  return tree;
}

function readCase(name: string): BadContentCase {
  return JSON.parse(readFileSync(join(fixtures, 'bad-content', name, 'case.json'), 'utf8')) as BadContentCase;
}

function check(tree: Map<string, Buffer>): ContentProblem[] {
  return checkContent(asContentFiles(tree), { exists: (path) => tree.has(path) });
}

describe('content check', () => {
  test('the base corpus is clean', () => {
    expect(check(base).map(formatProblem)).toEqual([]);
  });

  test('the corpus has at least 20 bad-content cases', () => {
    expect(caseNames.filter((name) => !readCase(name).expectNone).length).toBeGreaterThanOrEqual(20);
  });

  test.each(caseNames)('%s', (name) => {
    const spec = readCase(name);
    const problems = check(treeFor(name));
    if (spec.expectNone) {
      expect(problems.map(formatProblem)).toEqual([]);
      return;
    }
    for (const expected of spec.expect) {
      const match = problems.find(
        (problem) =>
          problem.file === expected.file &&
          (expected.field === undefined || problem.field === expected.field) &&
          (expected.line === undefined || problem.line === expected.line) &&
          new RegExp(expected.message, 'i').test(problem.message),
      );
      expect(match, `${spec.description}\nexpected ${JSON.stringify(expected)}\ngot:\n${problems.map(formatProblem).join('\n')}`).toBeDefined();
      if (expected.fieldLabel) expect(match?.fieldLabel).toBe(expected.fieldLabel);
      // What the editor reads names the file and, for field problems, the field.
      const line = formatProblem(match as ContentProblem);
      expect(line).toContain(expected.file);
      if (expected.field) expect(line).toContain(expected.field);
      if (expected.line) expect(line).toContain(`${expected.file}:${expected.line}`);
    }
  });
});
