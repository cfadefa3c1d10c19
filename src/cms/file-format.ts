/**
 * How the CMS reads and writes content files, so that a save is a clean diff:
 * front-matter keys in the order of the collection's schema (nested objects
 * and list items too), prose never folded, quoting only where YAML needs it,
 * and empty values left out. Reading then writing an unchanged file gives the
 * same bytes (`tests/unit/cms/file-format.test.ts` round-trips all of
 * `content/`), so a save without changes writes nothing new.
 *
 * Decap's own serializer reorders keys and folds long lines at 80 columns;
 * `admin/cms.ts` registers these functions as one custom format per
 * collection (`CMS.registerCustomFormat`), named in `config.ts`.
 *
 * Pure and browser-safe: js-yaml (the YAML library the content reader uses)
 * and the site's Zod schemas only.
 */
import { CORE_SCHEMA, Type, dump, load } from 'js-yaml';
import type { z } from 'astro/zod';
import { coreSchema, zodDef } from '../content/schema-shape';

/** The key order of a value: an object's keys and each key's own order, or a list's item order. */
export interface KeyOrder {
  readonly keys: readonly string[];
  readonly children: Readonly<Record<string, KeyOrder>>;
  readonly items?: KeyOrder | undefined;
}

/** What a file holds: YAML front matter and a Markdown body (`.md`), or YAML only (`.yml`). */
export type FileKind = 'frontmatter' | 'yaml';

/** An order with no keys: values are written as they come. */
const noOrder: KeyOrder = { keys: [], children: {} };

/** The key order a schema declares, all the way down (objects, lists of objects). */
export function keyOrderOf(schema: z.ZodType): KeyOrder {
  const def = zodDef(coreSchema(schema));
  if (def.type === 'object' && def.shape) {
    const keys = Object.keys(def.shape);
    return { keys, children: Object.fromEntries(keys.map((key) => [key, keyOrderOf(def.shape?.[key] ?? schema)])) };
  }
  if (def.type === 'array' && def.element) return { ...noOrder, items: keyOrderOf(def.element) };
  return noOrder;
}

/** True for what the CMS writes when a field is left empty: nothing is written for it. */
function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && !(value instanceof Date) && Object.keys(value).length === 0;
}

/**
 * `value` with object keys in `order` (keys the order does not know keep their
 * place after the known ones) and empty values removed, recursively.
 */
export function orderedValue(value: unknown, order: KeyOrder = noOrder): unknown {
  if (Array.isArray(value)) {
    return value.map((item: unknown) => orderedValue(item, order.items)).filter((item) => !isEmpty(item));
  }
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const record = value as Record<string, unknown>;
  const known = order.keys.filter((key) => key in record);
  const others = Object.keys(record).filter((key) => !order.keys.includes(key));
  const entries = [...known, ...others].map((key) => [key, orderedValue(record[key], order.children[key])] as const);
  return Object.fromEntries(entries.filter(([, item]) => !isEmpty(item)));
}

/**
 * Strings a YAML 1.1 reader would take for something else (`23:59` is a
 * number of minutes there, `yes` a boolean). The YAML 1.2 core schema reads
 * them back as text either way; quotes keep every reader honest. This type
 * only makes js-yaml quote them: it never represents a value.
 */
const yaml11Lookalike = new Type('tag:programme-startups,2026:yaml11-lookalike', {
  kind: 'scalar',
  resolve: (text: string) => /^[-+]?\d+(?::[0-5]?\d)+(?:\.\d*)?$/.test(text) || /^(?:y|n|yes|no|on|off)$/i.test(text),
  construct: (text: string) => text,
});

/** The schema used to write: the core schema, plus the lookalikes above so they get quotes. */
const writeSchema = CORE_SCHEMA.extend({ implicit: [yaml11Lookalike] });

/**
 * js-yaml writes a no-break space (U+00A0, before « : » and inside « » in
 * French) as the escape `\_` inside double quotes. It stands in for it while
 * writing as a private-use character, which YAML treats the same way (a
 * printable non-space character), and is put back after; the result is
 * checked to read back as the data, so a text that already holds the
 * stand-in cannot be written wrong.
 */
const noBreakSpace = /\u00a0/g;
const standIn = '\ue000';

/**
 * YAML text of `data`: block style, two-space indents, lists indented under
 * their key, quotes only where needed (French no-break spaces as they are),
 * no line ever folded, multi-line text as a literal block.
 */
function yamlText(data: Readonly<Record<string, unknown>>): string {
  if (Object.keys(data).length === 0) return '';
  const shielded = JSON.parse(JSON.stringify(data).replace(noBreakSpace, standIn)) as unknown;
  const text = dump(shielded, { schema: writeSchema, lineWidth: -1, quotingType: '"', noRefs: true, indent: 2 }).replaceAll(standIn, '\u00a0');
  if (JSON.stringify(load(text, { schema: CORE_SCHEMA })) !== JSON.stringify(data)) {
    throw new Error('écriture YAML infidèle : le texte contient un caractère réservé (U+E000) (YAML output does not read back as the data)');
  }
  return text;
}

/** The Markdown body as written after the front matter: one blank line, the text, one final newline. */
function bodyText(body: unknown): string {
  if (typeof body !== 'string' || body.trim() === '') return '';
  return `\n${body.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd()}\n`;
}

/** The file text of an entry's data (`body` is the Markdown body of a front-matter file). */
export function serializeEntry(data: Readonly<Record<string, unknown>>, order: KeyOrder, kind: FileKind): string {
  if (kind === 'yaml') return yamlText(orderedValue(data, order) as Record<string, unknown>);
  const { body, ...frontmatter } = data;
  return `---\n${yamlText(orderedValue(frontmatter, order) as Record<string, unknown>)}---\n${bodyText(body)}`;
}

/** YAML text as a record; anything else (an empty file, a list) reads as no fields. */
function yamlRecord(text: string): Record<string, unknown> {
  const data: unknown = load(text, { schema: CORE_SCHEMA });
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

/** Front matter at the top of a file: `---`, the YAML, `---`, then the body. */
const frontmatterPattern = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)([\s\S]*)$/m;

/**
 * The data of a file as the CMS holds it: the YAML fields, plus `body` for a
 * non-empty Markdown body. Dates stay text (`2027-03-15`), as the CMS's day
 * widget stores them. Throws on invalid YAML, naming the problem.
 */
export function parseEntry(text: string, kind: FileKind): Record<string, unknown> {
  if (kind === 'yaml') return yamlRecord(text);
  const match = frontmatterPattern.exec(text);
  if (!match) return text.trim() === '' ? {} : { body: text };
  const body = match[2] ?? '';
  return { ...yamlRecord(match[1] ?? ''), ...(body.trim() === '' ? {} : { body }) };
}

/** What `CMS.registerCustomFormat` expects: Decap's `Formatter`. */
export interface CmsFileFormatter {
  fromFile(content: string): Record<string, unknown>;
  toFile(data: object): string;
}

/**
 * The Decap format of a collection whose entries follow `schema`: Decap's
 * key order hints are ignored, the schema's order is written.
 */
export function cmsFileFormatter(schema: z.ZodType, kind: FileKind): CmsFileFormatter {
  const order = keyOrderOf(schema);
  return {
    fromFile: (content) => parseEntry(content, kind),
    toFile: (data) => serializeEntry(data as Record<string, unknown>, order, kind),
  };
}

/** The file kind of a Decap collection, from its extension. */
export function fileKindOf(collection: { readonly extension: 'md' | 'yml' }): FileKind {
  return collection.extension === 'md' ? 'frontmatter' : 'yaml';
}
