// If this fails, the CMS and the site disagree: editors could save files the build rejects, or be refused files it accepts.
/**
 * What types cannot check about the Decap configuration (`src/cms/config.ts`):
 * required vs optional, select options vs enums, list and object shapes, date
 * handling, i18n flags, and that files written the way Decap writes them
 * (`tests/fixtures/decap/`) parse through the schemas.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import type { DecapField } from '../../src/content/fields/decap';
import { defaultLocale, isLocale, localeCodes, type Locale } from '../../src/i18n/locales';
import { chooseCmsBackend } from '../../src/cms/backend';
import { buildCmsConfig, type DecapCollection } from '../../src/cms/config';
import { cmsEntrySchemas } from '../../src/cms/validation';
import { contentFolders, type CollectionName } from '../../src/content/collections';
import { mediaFolder } from '../../src/content/paths';
import { readRawText } from '../../src/content/reader';
import { coreSchema, zodDef } from '../../src/content/schema-shape';

const config = buildCmsConfig({ ...chooseCmsBackend({}), localBackend: true, proxyPort: 8081 });
const fixturesDir = fileURLToPath(new URL('../fixtures/decap/', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

// ---------------------------------------------------------------------------
// Reading Zod schemas (zod 4): unwrap preprocessing, optional, default (src/content/schema-shape.ts).
// ---------------------------------------------------------------------------

/** The kind of value a schema holds: `object`, `array`, `enum`, `string`… */
function kindOf(schema: z.ZodType): string {
  return zodDef(coreSchema(schema)).type;
}

/** A key of an object schema (through its wrappers). */
function member(schema: z.ZodType, name: string): z.ZodType | undefined {
  return zodDef(coreSchema(schema)).shape?.[name];
}

/** The items of an array schema (through its wrappers). */
function items(schema: z.ZodType): z.ZodType {
  const element = zodDef(coreSchema(schema)).element;
  if (!element) throw new Error('not an array schema');
  return element;
}

/** Values of an enum schema. */
function enumValues(schema: z.ZodType): string[] {
  return Object.values(zodDef(coreSchema(schema)).entries ?? {}).sort();
}

// ---------------------------------------------------------------------------
// Every Decap field with the schema it writes to.
// ---------------------------------------------------------------------------

interface FieldRow {
  readonly collection: CollectionName;
  /** Dotted path, `[]` marking list items: `items[].kind`. */
  readonly path: string;
  readonly field: DecapField;
  /** The schema of the value this field writes; `undefined` when the name is not a schema key. */
  readonly schema: z.ZodType | undefined;
  /** True for the fields of an optional object (the announcement's image). */
  readonly inOptionalObject: boolean;
  /** True for top-level fields (only those carry their own i18n flag everywhere). */
  readonly topLevel: boolean;
}

function fieldRows(collection: DecapCollection<CollectionName>): FieldRow[] {
  const rows: FieldRow[] = [];
  const walk = (fields: readonly DecapField[], parent: z.ZodType, prefix: string, inOptionalObject: boolean) => {
    for (const field of fields) {
      if (prefix === '' && field.name === 'body' && collection.extension === 'md') continue;
      const schema = member(parent, field.name);
      const path = `${prefix}${field.name}`;
      rows.push({ collection: collection.name, path, field, schema, inOptionalObject, topLevel: prefix === '' });
      if (!schema) continue;
      if (field.widget === 'object') walk(field.fields, schema, `${path}.`, field.required === false);
      if (field.widget === 'list' && field.fields) walk(field.fields, items(schema), `${path}[].`, false);
    }
  };
  walk(collection.fields, cmsEntrySchemas[collection.name], '', false);
  return rows;
}

const rows = config.collections.flatMap(fieldRows);
const label = (row: FieldRow) => `${row.collection} › ${row.path}`;
const table = rows.map((row) => [label(row), row] as const);

/** Widgets whose empty value Decap writes as `""` (besides leaving the key out or writing `null`). */
const writesEmptyString = new Set(['string', 'text', 'markdown', 'day', 'time', 'number', 'image', 'select', 'relation']);

/** What Decap writes for a field the editor left empty. */
function emptyValues(field: DecapField): unknown[] {
  return writesEmptyString.has(field.widget) ? [undefined, null, ''] : [undefined, null];
}

describe('field names and shapes', () => {
  test.each(table)('%s is a key of the schema', (_, row) => {
    expect(row.schema, `${label(row)} is not a schema key`).toBeDefined();
  });

  /** The kind of value each widget writes. */
  const expectedKind: Readonly<Record<DecapField['widget'], string>> = {
    string: 'string',
    text: 'string',
    markdown: 'string',
    image: 'string',
    file: 'string',
    hidden: 'string',
    day: 'string',
    time: 'string',
    boolean: 'boolean',
    number: 'number',
    select: 'enum',
    list: 'array',
    object: 'object',
    relation: 'string',
  };

  test.each(table)('%s writes the kind of value the schema holds', (_, row) => {
    if (!row.schema) return;
    const { field } = row;
    if (field.widget === 'select' && field.multiple) {
      expect(kindOf(row.schema)).toBe('array');
      expect(kindOf(items(row.schema))).toBe('enum');
    } else {
      expect(kindOf(row.schema)).toBe(expectedKind[field.widget]);
    }
    if (field.widget === 'list') {
      // A list of objects has `fields`; a list of single values has `field`.
      expect(kindOf(items(row.schema))).toBe(field.fields ? 'object' : 'string');
      expect(Boolean(field.fields) !== Boolean(field.field), 'exactly one of fields/field').toBe(true);
    }
  });

  test.each(table.filter(([, row]) => row.field.widget === 'relation'))('%s refers to an entry of a CMS collection by its file name', (_, row) => {
    const { field } = row;
    if (field.widget !== 'relation') return;
    // The file name is what pairs translations and what the content check resolves (src/content/check-self-check.ts).
    expect(field.value_field).toBe('{{slug}}');
    const target = config.collections.find((collection) => collection.name === field.collection);
    expect(target, `collection ${field.collection}`).toBeDefined();
    for (const name of field.search_fields) expect(target?.fields.map((candidate) => candidate.name)).toContain(name);
  });

  test.each(table.filter(([, row]) => row.field.widget === 'select'))('%s offers exactly the enum values', (_, row) => {
    if (!row.schema || row.field.widget !== 'select') return;
    const enumSchema = row.field.multiple ? items(row.schema) : row.schema;
    expect(row.field.options.map((option) => option.value).sort()).toEqual(enumValues(enumSchema));
    expect(new Set(row.field.options.map((option) => option.label)).size, 'labels are distinct').toBe(row.field.options.length);
  });

  test.each(table.filter(([, row]) => (row.field.widget === 'list' || row.field.widget === 'select') && row.field.min !== undefined))(
    '%s: the schema rejects fewer items than Decap’s min',
    (_, row) => {
      if (!row.schema) return;
      expect(row.schema.safeParse([]).success).toBe(false);
    },
  );

  /** Schema keys editors do not see in the CMS, and why. */
  const notInCms: Readonly<Record<CollectionName, readonly string[]>> = {
    // `translationKey` pairs files whose names differ (hand-made content); Decap pairs by file name.
    // `sample` marks demonstration content; it is removed by hand when real content arrives.
    announcements: ['translationKey', 'sample'],
    criteria: ['sample'],
    keyDates: ['translationKey', 'sample'],
    faq: ['slug', 'translationKey', 'sample'],
    pages: ['translationKey', 'sample'],
    pressKit: ['translationKey', 'sample'],
    cohort: ['translationKey', 'sample'],
    settings: ['sample'],
  };

  test.each(config.collections.map((collection) => [collection.name, collection] as const))('%s: every schema key is edited in the CMS or listed as not', (name, collection) => {
    const keys = Object.keys(zodDef(coreSchema(cmsEntrySchemas[name])).shape ?? {}).sort();
    const edited = collection.fields.map((field) => field.name).filter((fieldName) => fieldName !== 'body');
    expect([...edited, ...notInCms[name]].sort()).toEqual(keys);
  });
});

describe('required and optional', () => {
  test.each(table)('%s', (_, row) => {
    const { field, schema } = row;
    if (!schema) return;
    if (row.inOptionalObject) {
      // Decap requires the fields of an empty optional object (decaporg/decap-cms#7748), so they are
      // optional in the CMS; the schema requires them once the object exists, and the admin runs it
      // before saving (src/cms/validation.ts).
      expect(field.required, 'optional in Decap').toBe(false);
      // Required inside the object: the admin must not call it « facultatif » (the image file itself
      // is what makes the object exist: no file, no image).
      if (field.widget !== 'image' && !schema.safeParse(undefined).success) expect(field.conditionallyRequired, 'conditionallyRequired').toBe(true);
      return;
    }
    if (field.required === false) {
      for (const empty of emptyValues(field)) {
        expect(schema.safeParse(empty).success, `accepts ${JSON.stringify(empty)} as "not filled in"`).toBe(true);
      }
    } else if (field.default === undefined) {
      expect(schema.safeParse(undefined).success, 'required by the schema').toBe(false);
      if (writesEmptyString.has(field.widget)) expect(schema.safeParse('').success, 'rejects ""').toBe(false);
    }
    if (field.default !== undefined) {
      // A Decap default is the schema's default, so a file without the key means the same thing.
      expect(schema.parse(undefined)).toEqual(field.default);
    }
  });
});

describe('conditionally required fields', () => {
  const conditional = table.filter(([, row]) => row.field.conditionallyRequired);

  test('exist (the alt text of an image, the day of a key date)', () => {
    expect(conditional.map(([name]) => name)).toEqual(expect.arrayContaining(['announcements › image.alt', 'keyDates › date']));
  });

  test.each(conditional)('%s is optional for Decap and its hint says when it is required', (_, row) => {
    expect(row.field.required).toBe(false);
    expect(row.field.hint).toMatch(/^Obligatoire /);
  });
});

describe('problems shown on their field', () => {
  /** Every field's label path (`Image › Texte de remplacement`), list items as `n`. */
  function labelPaths(fields: readonly DecapField[], prefix = ''): string[] {
    return fields.flatMap((field) => {
      const path = `${prefix}${field.label}`;
      const inner = field.widget === 'object' ? field.fields : field.widget === 'list' ? (field.fields ?? []) : [];
      return [path, ...labelPaths(inner, field.widget === 'list' ? `${path} › n › ` : `${path} › `)];
    });
  }

  test.each(config.collections.map((collection) => [collection.name, collection] as const))('%s: each label path names one field, so a problem lands on one field', (_, collection) => {
    const paths = labelPaths(collection.fields);
    expect(paths.filter((path, index) => paths.indexOf(path) !== index)).toEqual([]);
  });
});

describe('new entries', () => {
  // For a list whose items have defaults, Decap starts a new entry with one item holding only those
  // defaults (createEmptyDraftData), which then fails validation; an explicit empty default prevents it.
  test.each(table.filter(([, row]) => row.field.widget === 'list' && row.field.fields?.some((sub) => sub.default !== undefined)))('%s starts empty', (_, row) => {
    expect(row.field.default).toEqual([]);
  });
});

describe('dates and times', () => {
  const dateRows = table.filter(([, row]) => row.field.widget === 'day' || row.field.widget === 'time');

  test('some fields are days and some are times', () => {
    expect(dateRows.some(([, row]) => row.field.widget === 'day')).toBe(true);
    expect(dateRows.some(([, row]) => row.field.widget === 'time')).toBe(true);
  });

  test.each(dateRows)('%s stores what the editor typed, with no zone', (_, row) => {
    const { field, schema } = row;
    if (!schema) return;
    // The admin's day and time widgets store `YYYY-MM-DD` and `HH:MM` as typed (src/cms/day-time-input.ts).
    if (field.widget === 'day') {
      expect(schema.parse('2027-03-15')).toBe('2027-03-15');
      // An unquoted YAML date reaches the schema as UTC midnight.
      expect(schema.parse(new Date(Date.UTC(2027, 2, 15)))).toBe('2027-03-15');
      expect(schema.safeParse('2027-02-30').success).toBe(false);
      expect(schema.safeParse('2027-2-3').success).toBe(false);
      expect(schema.safeParse('2027-03-15T23:59').success).toBe(false);
    } else {
      expect(schema.parse('23:59')).toBe('23:59');
      expect(schema.safeParse('24:00').success).toBe(false);
      expect(schema.safeParse('23:59:00').success).toBe(false);
    }
  });

  test('no field uses Decap’s datetime widget, which shows the browser’s format (mm/dd/yyyy, 1:30 PM)', () => {
    expect(rows.filter((row) => (row.field.widget as string) === 'datetime').map(label)).toEqual([]);
  });
});

describe('languages', () => {
  test('locales come from src/i18n/locales.ts, one folder per language', () => {
    expect(config.i18n).toEqual({ structure: 'multiple_folders', locales: [...localeCodes], default_locale: defaultLocale });
    for (const collection of config.collections) expect(collection.i18n).toBe(true);
  });

  /** Strings that are the same fact in every language: entered once, copied. */
  const sharedStrings = new Set(['applicationFormUrl', 'email', 'phone', 'timeZone', 'licenceUrl', 'place', 'website']);

  /**
   * Lists whose items carry the text of every language (change notes): kept in the French file only,
   * since Decap's configuration allows no `duplicate` on a list (its list widget schema wants a boolean).
   */
  const defaultLocaleLists = new Set(['changes']);

  /** How a field must behave across languages: facts are duplicated, words translated. */
  function expectedI18n(field: DecapField): boolean | 'duplicate' {
    if (field.widget === 'list' && defaultLocaleLists.has(field.name)) return false;
    if (field.widget === 'object' || field.widget === 'list' || field.widget === 'markdown') return true;
    if (['day', 'time', 'select', 'number', 'boolean', 'image', 'file'].includes(field.widget)) return 'duplicate';
    return sharedStrings.has(field.name) ? 'duplicate' : true;
  }

  test.each(table.filter(([, row]) => row.topLevel || row.field.i18n !== undefined))('%s', (_, row) => {
    expect(row.field.i18n).toBe(expectedI18n(row.field));
  });
});

describe('collections', () => {
  test('every Astro collection is editable, in its content folder', () => {
    const names = config.collections.map((collection) => collection.name).sort();
    expect(names).toEqual(Object.keys(contentFolders).sort());
    for (const collection of config.collections) expect(collection.folder).toBe(`content/${contentFolders[collection.name]}`);
  });

  test.each(config.collections.map((collection) => [collection.name, collection] as const))('%s: Markdown previews are sanitized', (_, collection) => {
    const markdown: DecapField[] = [];
    const walk = (fields: readonly DecapField[]) => {
      for (const field of fields) {
        if (field.widget === 'markdown') markdown.push(field);
        if (field.widget === 'object') walk(field.fields);
        if (field.widget === 'list') walk([...(field.fields ?? []), ...(field.field ? [field.field] : [])]);
      }
    };
    walk(collection.fields);
    for (const field of markdown) expect(field.widget === 'markdown' && field.sanitize_preview, field.name).toBe(true);
    // A Markdown body is the last field; YAML files have none.
    const body = collection.fields.findIndex((field) => field.name === 'body');
    expect(body === -1 || (collection.extension === 'md' && body === collection.fields.length - 1)).toBe(true);
  });

  test('new entries get ASCII file names from their title, accents removed', () => {
    expect(config.slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
    for (const collection of config.collections.filter((candidate) => candidate.create)) {
      expect(collection.slug).toBe('{{slug}}');
      const identifier = collection.fields.find((field) => field.name === collection.identifier_field);
      expect(identifier?.widget, `${collection.name} identifier`).toBe('string');
      expect(identifier?.required, `${collection.name} identifier is required`).not.toBe(false);
    }
  });

  test('criteria and settings hold one document per language: no create, no delete', () => {
    for (const name of ['criteria', 'settings'] as const) {
      const collection = config.collections.find((candidate) => candidate.name === name);
      expect(collection).toMatchObject({ create: false, delete: false });
    }
  });

  test('uploads land in content/media, referenced relative to the entry so sharp processes them', () => {
    expect(config.media_folder).toBe(`content/${mediaFolder}`);
    for (const collection of config.collections) {
      const entryDir = posix.join(collection.folder, defaultLocale);
      expect(posix.join(entryDir, config.public_folder)).toBe(config.media_folder);
    }
  });

  test('the local proxy is reached on loopback only', () => {
    expect(new URL(config.local_backend?.url ?? '').hostname).toBe('127.0.0.1');
    expect(config.local_backend?.allowed_hosts).toEqual(['127.0.0.1', 'localhost']);
    expect(config.locale).toBe('fr');
    expect(config.load_config_file).toBe(false);
  });
});

// ---------------------------------------------------------------------------
// Files as Decap writes them.
// ---------------------------------------------------------------------------

/** Collection of a content folder name (`key-dates` → `keyDates`). */
const collectionOfFolder = new Map<string, CollectionName>(Object.entries(contentFolders).map(([name, folder]) => [folder, name as CollectionName]));

interface Fixture {
  readonly file: string;
  readonly collection: CollectionName;
  readonly lang: Locale;
  readonly data: Record<string, unknown>;
  readonly body: string;
}

/** Reads a fixture as Astro does (unquoted dates become `Date`s, for frontmatter and `.yml` alike). */
function readFixture(file: string): Fixture {
  const [, folder = '', lang = ''] = file.split('/');
  const collection = collectionOfFolder.get(folder);
  if (!collection || !isLocale(lang)) throw new Error(`${file}: not <state>/<collection>/<lang>/<file>`);
  const text = readFileSync(join(fixturesDir, file), 'utf8');
  const parsed = readRawText(text, file.endsWith('.yml') ? 'yaml' : 'markdown', file, 'astro');
  return { file, collection, lang, data: parsed.data, body: parsed.body };
}

function fixtureFiles(state: 'valid' | 'broken'): string[] {
  return readdirSync(join(fixturesDir, state), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(md|yml)$/.test(file))
    .map((file) => `${state}/${file.split(sep).join('/')}`)
    .sort();
}

describe('files written by Decap', () => {
  const valid = fixtureFiles('valid');

  test('cover every collection in both languages', () => {
    const covered = new Set(valid.map((file) => `${readFixture(file).collection}/${readFixture(file).lang}`));
    for (const collection of config.collections) for (const lang of localeCodes) expect(covered).toContain(`${collection.name}/${lang}`);
  });

  test.each(valid)('%s parses through its schema', (file) => {
    const fixture = readFixture(file);
    const result = cmsEntrySchemas[fixture.collection].safeParse(fixture.data);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  test('a key date reads exactly as typed: 2027-03-15 at 23:59, Eastern time', () => {
    const { data } = readFixture('valid/key-dates/fr/date-limite.md');
    expect(cmsEntrySchemas.keyDates.parse(data)).toMatchObject({ date: '2027-03-15', time: '23:59', timeZone: 'America/Toronto' });
  });

  test('cleared optional fields read as absent, with their defaults', () => {
    expect(cmsEntrySchemas.faq.parse(readFixture('valid/faq/fr/combien-de-jeunes-pousses.md').data).order).toBe(100);
    expect(cmsEntrySchemas.settings.parse(readFixture('valid/settings/fr/site.yml').data).closingSoonDays).toBe(7);
    const announcement = cmsEntrySchemas.announcements.parse(readFixture('valid/announcements/en/entente-microsoft-le-camp.md').data);
    expect(announcement).toMatchObject({ updated: undefined, draft: false });
    expect(cmsEntrySchemas.announcements.parse(readFixture('valid/announcements/fr/image-retiree.md').data).image).toBeUndefined();
    // A criterion left without a question: not asked, and an empty satisfying answer means « Oui ».
    const [asked, unasked] = cmsEntrySchemas.criteria.parse(readFixture('valid/criteria/fr/criteres.md').data).items;
    expect(asked).toMatchObject({ satisfiedBy: 'yes', faq: 'entreprise-a-quebec' });
    expect([unasked?.question, unasked?.satisfiedBy, unasked?.help, unasked?.faq]).toEqual([undefined, 'yes', undefined, undefined]);
  });

  const broken: readonly (readonly [file: string, field: string])[] = [
    ['broken/announcements/en/image-without-alt.md', 'image.alt'],
    ['broken/announcements/en/translation-left-empty.md', 'title'],
    ['broken/announcements/fr/title-left-empty.md', 'title'],
    ['broken/cohort/fr/http-website.md', 'website'],
    ['broken/key-dates/fr/confirmed-without-date.md', 'date'],
    ['broken/settings/fr/http-form-url.yml', 'applicationFormUrl'],
  ];

  test('every broken fixture is listed', () => {
    expect(broken.map(([file]) => file).sort()).toEqual(fixtureFiles('broken'));
  });

  test.each(broken)('%s is rejected at %s', (file, field) => {
    const fixture = readFixture(file);
    const result = cmsEntrySchemas[fixture.collection].safeParse(fixture.data);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(field);
  });
});

describe('the pinned Decap', () => {
  /** `3.16.3` → `[3, 16, 3]`. */
  const version = (text: string) => text.split('.').map(Number);
  const installed = (name: string): string => JSON.parse(readFileSync(join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')).version;

  test('is the locked version, past the fix for CVE-2025-57520 (preview XSS, ≤ 3.8.3)', () => {
    const lock = JSON.parse(readFileSync(join(repoRoot, 'package-lock.json'), 'utf8'));
    expect(installed('decap-cms-app')).toBe(lock.packages['node_modules/decap-cms-app'].version);
    const [major = 0, minor = 0, patch = 0] = version(installed('decap-cms-app'));
    expect(major * 1e6 + minor * 1e3 + patch).toBeGreaterThan(3 * 1e6 + 8 * 1e3 + 3);
  });

  test('is bundled from npm with its React peers, never from a CDN', () => {
    const admin = readFileSync(join(repoRoot, 'src/pages/admin/index.astro'), 'utf8');
    expect(admin).not.toMatch(/unpkg|jsdelivr|cdnjs|https:\/\/[^"']*decap/i);
    const entry = readFileSync(join(repoRoot, 'admin/cms.ts'), 'utf8');
    expect(entry).toMatch(/from 'decap-cms-app'/);
    expect(installed('react').split('.')[0]).toBe('19');
    expect(relative(repoRoot, fixturesDir)).toBe(join('tests', 'fixtures', 'decap'));
  });
});
