/**
 * The one reader of content files outside Astro (the editors' content check,
 * contract and search tests, test support). The frontmatter is cut out by
 * Astro's own `extractFrontmatter`, so a file reads here exactly as the build
 * reads it; the YAML is parsed with js-yaml, Astro's YAML library, but with
 * its core schema: Astro's default schema turns `2027-02-30` into 2 March
 * without a word, while here dates stay text and the schemas reject days that
 * do not exist.
 *
 * Pure: text in, data out; `read-from-disk.ts` walks the folders.
 */
import { extractFrontmatter } from '@astrojs/markdown-remark';
import { CORE_SCHEMA, DEFAULT_SCHEMA, load as parseYaml, YAMLException } from 'js-yaml';

/** The data and body of a content file, or why it could not be read. */
export type ReadResult =
  | { readonly ok: true; readonly data: Record<string, unknown>; readonly body: string }
  | { readonly ok: false; readonly message: string };

/**
 * How unquoted dates read: `text` keeps `2027-03-15` as written (the content
 * check, so impossible days are caught); `astro` turns it into a `Date` as the
 * build does (contract tests proving the schemas accept what Astro hands them).
 */
export type YamlDates = 'text' | 'astro';

/** Parses YAML text into a record of fields. */
export function readYaml(text: string, dates: YamlDates = 'text'): ReadResult {
  try {
    const data: unknown = parseYaml(text, { schema: dates === 'astro' ? DEFAULT_SCHEMA : CORE_SCHEMA });
    if (data === undefined || data === null) return { ok: false, message: 'le fichier est vide ou ne contient aucun champ (the file is empty)' };
    if (typeof data !== 'object' || Array.isArray(data)) {
      return { ok: false, message: 'l’en-tête doit être une liste de champs « nom: valeur » (frontmatter must be key: value pairs)' };
    }
    return { ok: true, data: data as Record<string, unknown>, body: '' };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const line = error.mark.line + 1;
    return { ok: false, message: `erreur de syntaxe YAML à la ligne ${line} : ${error.reason} (YAML syntax error on line ${line})` };
  }
}

/**
 * Reads a Markdown file: YAML frontmatter between `---` lines at the top, then
 * the body. Line numbers in YAML errors are the file's (the text Astro
 * extracts starts on the line of the opening `---`).
 */
export function readMarkdown(text: string, dates: YamlDates = 'text'): ReadResult {
  const frontmatter = extractFrontmatter(text);
  if (frontmatter === undefined || !/^\uFEFF?---/.test(text.trimStart())) {
    return { ok: false, message: 'en-tête manquant : le fichier doit commencer par --- (missing frontmatter: the file must start with ---)' };
  }
  const parsed = readYaml(frontmatter, dates);
  if (!parsed.ok) return parsed;
  const end = text.indexOf(`---${frontmatter}---`) + frontmatter.length + 6;
  return { ...parsed, body: text.slice(end).replace(/^\r?\n/, '') };
}

/** Reads a content file of either format; an empty file is an error in both. */
export function readContentText(text: string, format: 'markdown' | 'yaml', dates: YamlDates = 'text'): ReadResult {
  if (text.trim() === '') return { ok: false, message: 'le fichier est vide (the file is empty)' };
  return format === 'yaml' ? readYaml(text, dates) : readMarkdown(text, dates);
}

/** The data (before any schema) and body of a file's text, for tests reading files as written; throws naming `source` (a path, a git revision). */
export function readRawText(text: string, format: 'markdown' | 'yaml', source: string, dates: YamlDates = 'text'): { data: Record<string, unknown>; body: string } {
  const read = readContentText(text, format, dates);
  if (!read.ok) throw new Error(`${source} : ${read.message}`);
  return { data: read.data, body: read.body };
}
