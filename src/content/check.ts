/**
 * The editors' safety net: checks every file under `content/` with the same
 * schemas as the build, plus what a schema cannot see alone (translations
 * present in both languages, one URL per entry, images that exist, no MDX or
 * code in CMS folders, the self-check fields of the criteria). Each problem names the file and the field, using the
 * field's label from the CMS, so an editor knows what to fix.
 *
 * Pure: the caller passes the files and a way to test that a path exists.
 */
import { z } from 'astro/zod';
import { collectionEntries, collectionTable, fileExtension, type CollectionSpec, type CollectionTable } from './collections';
import { fieldLabelPath, type DecapField } from './fields/decap';
import { pathImageContext } from './image-paths';
import { contentRoot, mediaFolder } from './paths';
import { readContentText } from './reader';
import { selfCheckProblems } from './check-self-check';
import { slugOf, translationKeyOf } from './translations';
import { isLocale, localeCodes, type Locale } from '../i18n/locales';
import { defaultLocaleOnlyProblems, pressReleaseProblems, sharedFieldProblems } from './check-agreement';

/** A file under `content/`, path relative to the repository (`content/faq/fr/x.md`). */
export interface ContentFile {
  readonly path: string;
  readonly text: string;
}

/** One thing an editor must fix. */
export interface ContentProblem {
  /** The file, relative to the repository. */
  readonly file: string;
  /** Dotted path of the field in the file (`image.alt`), when the problem is about one field. */
  readonly field?: string | undefined;
  /** The field's name as editors see it in the CMS (`Texte de remplacement`). */
  readonly fieldLabel?: string | undefined;
  /** Line of the file the problem is on (1-based), when it is about a line of the text. */
  readonly line?: number | undefined;
  /** What is wrong, in French then English. */
  readonly message: string;
}

/** How the check reaches the file system. */
export interface CheckContext {
  /** True when a path relative to the repository exists (images referenced by entries). */
  readonly exists: (repoPath: string) => boolean;
  /** The collections to check against; the site's table by default (tests pass fixture tables). */
  readonly table?: CollectionTable | undefined;
}

/** MDX-only syntax: ES imports/exports at the start of a line. */
const mdxSyntaxPattern = /^(import|export)\s.+/m;

/**
 * The field as editors see it in the CMS (`Image › Texte de remplacement`), using the
 * admin's own labelling; `undefined` when the CMS does not show that field.
 */
function cmsLabel(fields: readonly DecapField[], path: readonly (string | number)[]): string | undefined {
  if (path.length === 0) return undefined;
  const label = fieldLabelPath(fields, path);
  return label === path.map((segment) => (typeof segment === 'number' ? String(segment + 1) : segment)).join(' › ') ? undefined : label;
}

/** Turns schema issues into problems naming the field. */
function schemaProblems(file: string, spec: CollectionSpec, error: z.ZodError): ContentProblem[] {
  return error.issues.flatMap((issue): ContentProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        field: [...issue.path.map(String), key].join('.'),
        message: `champ inconnu « ${key} » : supprimer ou corriger son nom (unknown field)`,
      }));
    }
    const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    return [
      {
        file,
        field: path.join('.') || undefined,
        fieldLabel: cmsLabel(spec.fields, path),
        message: missing ? 'champ obligatoire manquant (required field is missing)' : issue.message,
      },
    ];
  });
}

/** A collection of the table, with its name. */
export interface NamedSpec {
  readonly name: string;
  readonly spec: CollectionSpec;
}

/** Where a file belongs: its collection and language, or why it belongs nowhere. */
function locate(path: string, collections: readonly NamedSpec[]): { collection: NamedSpec; lang: Locale; fileSlug: string } | ContentProblem {
  const [root, folder, lang, ...rest] = path.split('/');
  const name = rest.join('/');
  const collection = collections.find((candidate) => candidate.spec.folder === folder);
  if (root !== contentRoot || !collection) return { file: path, message: 'fichier hors d’une collection connue (file outside any known collection)' };
  if (!isLocale(lang) || name === '') return { file: path, message: 'le fichier doit être dans un dossier de langue fr/ ou en/ (file must be in a fr/ or en/ folder)' };
  if (/\.mdx$/i.test(name)) return { file: path, message: 'fichier MDX interdit ici : le contenu modifiable dans le CMS doit être en Markdown .md (MDX is not allowed in CMS-edited folders)' };
  const extension = `.${fileExtension(collection.spec)}`;
  if (!name.endsWith(extension)) return { file: path, message: `extension inattendue : ${extension} attendu (unexpected file extension)` };
  const fileSlug = name.slice(0, -extension.length);
  const { entries } = collection.spec;
  if (entries !== 'many' && fileSlug !== entries.single) {
    return { file: path, message: `une seule fiche par langue, nommée ${entries.single}${extension} : ce fichier ne sera pas publié (only ${entries.single}${extension} is read)` };
  }
  return { collection, lang, fileSlug };
}

/** An entry that passed its schema, kept for cross-file checks. */
export interface ValidEntry {
  readonly collection: NamedSpec;
  readonly file: string;
  readonly lang: Locale;
  readonly id: string;
  readonly data: Record<string, unknown>;
  /** The Markdown body (empty for YAML files). */
  readonly body: string;
  /** Line of the file the body starts on (1-based). */
  readonly bodyLine: number;
}

/** Reads an optional string field of validated data. */
function stringField(data: Record<string, unknown>, key: string): string | undefined {
  const value = data[key];
  return typeof value === 'string' ? value : undefined;
}

/** Checks every file; returns the problems, empty when all is well. Files starting with `_` are ignored. */
export function checkContent(files: readonly ContentFile[], context: CheckContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const valid: ValidEntry[] = [];
  // The data as written, before defaults: a list the schema defaults to [] may be absent.
  const raw = new Map<string, Readonly<Record<string, unknown>>>();
  const collections = collectionEntries(context.table ?? collectionTable).map(([name, spec]) => ({ name, spec }));

  for (const file of files) {
    const baseName = file.path.split('/').pop() ?? '';
    if (baseName.startsWith('_') || baseName.startsWith('.')) continue;
    if (file.path.startsWith(`${contentRoot}/${mediaFolder}/`)) continue;
    const location = locate(file.path, collections);
    if ('message' in location) {
      problems.push(location);
      continue;
    }
    const { collection, lang, fileSlug } = location;
    const { spec } = collection;
    const parsed = readContentText(file.text, spec.format);
    if (!parsed.ok) {
      problems.push({ file: file.path, message: parsed.message });
      continue;
    }
    if (spec.format === 'markdown' && mdxSyntaxPattern.test(parsed.body)) {
      problems.push({ file: file.path, message: 'instruction « import » ou « export » interdite : le contenu est du Markdown simple, pas du code (import/export is not allowed in content)' });
    }
    const directory = file.path.split('/').slice(0, -1).join('/');
    const image = pathImageContext(
      z.string().refine((relative) => context.exists(normalizePath(`${directory}/${relative}`)), {
        error: 'image introuvable : le fichier a été supprimé ou déplacé (image file not found)',
      }),
    );
    const result = spec.schema(image).safeParse(parsed.data);
    if (!result.success) {
      problems.push(...schemaProblems(file.path, spec, result.error));
      continue;
    }
    const bodyLine = spec.format === 'markdown' ? file.text.slice(0, file.text.length - parsed.body.length).split('\n').length : 1;
    valid.push({ collection, file: file.path, lang, id: `${lang}/${fileSlug}`, data: result.data as Record<string, unknown>, body: parsed.body, bodyLine });
    raw.set(file.path, parsed.data);
  }

  problems.push(...pairingProblems(valid), ...duplicateSlugProblems(valid), ...sharedFieldProblems(valid), ...defaultLocaleOnlyProblems(valid, raw), ...pressReleaseProblems(valid));
  const criteriaFields = collections.find((candidate) => candidate.name === 'criteria')?.spec.fields ?? [];
  const checked = valid.map((entry) => ({ collection: entry.collection.name, file: entry.file, lang: entry.lang, id: entry.id, data: entry.data }));
  problems.push(...selfCheckProblems(checked, (path) => cmsLabel(criteriaFields, path)));
  return problems;
}

/** Resolves `.`/`..` segments of a repository-relative path. */
function normalizePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** Every entry must exist in every language, unless marked as pending translation. */
function pairingProblems(entries: readonly ValidEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    if (!entry.collection.spec.paired) continue;
    const key = translationKeyOf({ id: entry.id, translationKey: stringField(entry.data, 'translationKey') });
    for (const lang of localeCodes) {
      if (lang === entry.lang) continue;
      const counterpart = entries.find(
        (other) => other.collection === entry.collection && other.lang === lang && translationKeyOf({ id: other.id, translationKey: stringField(other.data, 'translationKey') }) === key,
      );
      if (counterpart || entry.data['translationPending'] === true) continue;
      const expected = entry.file.replace(`/${entry.lang}/`, `/${lang}/`);
      problems.push({
        file: entry.file,
        message:
          entry.lang === 'fr'
            ? `version ${lang === 'en' ? 'anglaise' : lang} manquante (${expected}) : la créer, ou cocher « Traduction à venir » (missing translation)`
            : `version orpheline : aucune version française correspondante (${expected}) (orphan translation: no French version)`,
      });
    }
  }
  return problems;
}

/** Two entries of one collection and language cannot publish at the same URL. */
function duplicateSlugProblems(entries: readonly ValidEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, ValidEntry>();
  for (const entry of entries) {
    const slug = slugOf({ id: entry.id, slug: stringField(entry.data, 'slug') });
    const key = `${entry.collection.name}/${entry.lang}/${slug}`;
    const previous = seen.get(key);
    if (previous) {
      problems.push({
        file: entry.file,
        field: 'slug',
        fieldLabel: cmsLabel(entry.collection.spec.fields, ['slug']),
        message: `adresse « ${slug} » déjà utilisée par ${previous.file} (duplicate slug)`,
      });
    } else {
      seen.set(key, entry);
    }
  }
  return problems;
}

/** One line per problem: `content/faq/fr/x.md — Question (question) : champ obligatoire manquant`, `content/…/x.md:14 : …`. */
export function formatProblem(problem: ContentProblem): string {
  const field = problem.field ? ` — ${problem.fieldLabel ? `${problem.fieldLabel} (${problem.field})` : problem.field}` : '';
  return `${problem.file}${problem.line === undefined ? '' : `:${problem.line}`}${field} : ${problem.message}`;
}
