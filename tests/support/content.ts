/**
 * Reads the real content files the way an editor wrote them, so browser tests
 * derive their expectations (form URL, key dates, FAQ anchors) from content
 * instead of hard-coding it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The repository's content folder. */
export const contentRoot = join(import.meta.dirname, '..', '..', 'content');

/** Parses a Markdown file's YAML frontmatter. */
export function frontmatter(path: string): Record<string, unknown> {
  const text = readFileSync(path, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match?.[1]) throw new Error(`${path}: no frontmatter`);
  return parse(match[1]) as Record<string, unknown>;
}

/** Every entry of a collection in one language: file slug and frontmatter. */
export function entries(collection: string, lang: 'fr' | 'en'): { file: string; data: Record<string, unknown> }[] {
  const folder = join(contentRoot, collection, lang);
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md') && !name.startsWith('_'))
    .map((name) => ({ file: name.replace(/\.md$/, ''), data: frontmatter(join(folder, name)) }));
}

/** The settings of one language. */
export function settings(lang: 'fr' | 'en'): Record<string, unknown> {
  return parse(readFileSync(join(contentRoot, 'settings', lang, 'site.yml'), 'utf8')) as Record<string, unknown>;
}
