/**
 * The editors' safety net: checks every file under `content/` with the same
 * schemas as the build, plus what a schema cannot see alone (translations
 * present in both languages, one URL per entry, images that exist, no MDX or
 * code in CMS folders). Each problem names the file and the field, using the
 * field's label from the CMS, so an editor knows what to fix.
 *
 * Pure: the caller passes the files and a way to test that a path exists.
 */
import { CORE_SCHEMA, load as parseYaml, YAMLException } from 'js-yaml';
import { z } from 'astro/zod';
import { collectionSpecs, type CollectionSpec } from './collections';
import type { DecapField } from './schemas/shared';
import { isLocale, localeCodes, type Locale } from '../i18n/locales';
import { fieldLabelPath } from '../cms/validation';
import { slugOf, translationKeyOf } from './translations';

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
  /** What is wrong, in French then English. */
  readonly message: string;
}

/** How the check reaches the file system. */
export interface CheckContext {
  /** True when a path relative to the repository exists (images referenced by entries). */
  readonly exists: (repoPath: string) => boolean;
}

/** Frontmatter as `---` YAML `---` at the very top of a Markdown file. */
const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)([\s\S]*)$/;

/** MDX-only syntax: ES imports/exports at the start of a line. */
const mdxSyntaxPattern = /^(import|export)\s.+/m;

/** A parsed content file, or the problem that stopped parsing. */
type Parsed = { ok: true; data: Record<string, unknown>; body: string } | { ok: false; problem: ContentProblem };

/**
 * Parses YAML with js-yaml like Astro, but without YAML timestamps: Astro's
 * reader turns `2027-02-30` into 2 March without a word, so dates stay text
 * here and the schema rejects days that do not exist.
 */
function parseYamlText(file: string, text: string, lineOffset: number): Parsed {
  try {
    const data: unknown = parseYaml(text, { schema: CORE_SCHEMA });
    if (data === undefined || data === null) {
      return { ok: false, problem: { file, message: 'le fichier est vide ou ne contient aucun champ (the file is empty)' } };
    }
    if (typeof data !== 'object' || Array.isArray(data)) {
      return { ok: false, problem: { file, message: 'l’en-tête doit être une liste de champs « nom: valeur » (frontmatter must be key: value pairs)' } };
    }
    return { ok: true, data: data as Record<string, unknown>, body: '' };
  } catch (error) {
    const line = error instanceof YAMLException ? error.mark.line + 1 + lineOffset : undefined;
    const reason = error instanceof YAMLException ? error.reason : String(error);
    return {
      ok: false,
      problem: { file, message: `erreur de syntaxe YAML${line ? ` à la ligne ${line}` : ''} : ${reason} (YAML syntax error${line ? ` on line ${line}` : ''})` },
    };
  }
}

/** Parses a content file according to its collection's format. */
function parseFile(spec: CollectionSpec, file: ContentFile): Parsed {
  if (file.text.trim() === '') return { ok: false, problem: { file: file.path, message: 'le fichier est vide (the file is empty)' } };
  if (spec.format === 'yaml') return parseYamlText(file.path, file.text, 0);
  const match = frontmatterPattern.exec(file.text);
  if (!match) {
    return { ok: false, problem: { file: file.path, message: 'en-tête manquant : le fichier doit commencer par --- (missing frontmatter: the file must start with ---)' } };
  }
  const parsed = parseYamlText(file.path, match[1] ?? '', 1);
  return parsed.ok ? { ...parsed, body: match[2] ?? '' } : parsed;
}

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

/** Where a file belongs: its collection and language, or why it belongs nowhere. */
function locate(path: string): { spec: CollectionSpec; lang: Locale; fileSlug: string } | ContentProblem {
  const [root, folder, lang, ...rest] = path.split('/');
  const name = rest.join('/');
  const spec = collectionSpecs.find((candidate) => candidate.folder === folder);
  if (root !== 'content' || !spec) return { file: path, message: 'fichier hors d’une collection connue (file outside any known collection)' };
  if (!isLocale(lang) || name === '') return { file: path, message: 'le fichier doit être dans un dossier de langue fr/ ou en/ (file must be in a fr/ or en/ folder)' };
  if (/\.mdx$/i.test(name)) return { file: path, message: 'fichier MDX interdit ici : le contenu modifiable dans le CMS doit être en Markdown .md (MDX is not allowed in CMS-edited folders)' };
  const extension = spec.format === 'yaml' ? /\.ya?ml$/ : /\.md$/;
  if (!extension.test(name)) return { file: path, message: `extension inattendue : ${spec.format === 'yaml' ? '.yml' : '.md'} attendu (unexpected file extension)` };
  return { spec, lang, fileSlug: name.replace(/\.(md|ya?ml)$/, '') };
}

/** An entry that passed its schema, kept for cross-file checks. */
interface ValidEntry {
  readonly spec: CollectionSpec;
  readonly file: string;
  readonly lang: Locale;
  readonly id: string;
  readonly data: Record<string, unknown>;
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

  for (const file of files) {
    const baseName = file.path.split('/').pop() ?? '';
    if (baseName.startsWith('_') || baseName.startsWith('.')) continue;
    if (file.path.startsWith('content/media/')) continue;
    const location = locate(file.path);
    if ('message' in location) {
      problems.push(location);
      continue;
    }
    const { spec, lang, fileSlug } = location;
    const parsed = parseFile(spec, file);
    if (!parsed.ok) {
      problems.push(parsed.problem);
      continue;
    }
    if (spec.format === 'markdown' && mdxSyntaxPattern.test(parsed.body)) {
      problems.push({ file: file.path, message: 'instruction « import » ou « export » interdite : le contenu est du Markdown simple, pas du code (import/export is not allowed in content)' });
    }
    const directory = file.path.split('/').slice(0, -1).join('/');
    const image = () =>
      z.string().refine((relative) => context.exists(normalizePath(`${directory}/${relative}`)), {
        error: 'image introuvable : le fichier a été supprimé ou déplacé (image file not found)',
      });
    const result = spec.schema(image).safeParse(parsed.data);
    if (!result.success) {
      problems.push(...schemaProblems(file.path, spec, result.error));
      continue;
    }
    valid.push({ spec, file: file.path, lang, id: `${lang}/${fileSlug}`, data: result.data as Record<string, unknown> });
  }

  problems.push(...pairingProblems(valid), ...duplicateSlugProblems(valid));
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
    if (!entry.spec.paired) continue;
    const key = translationKeyOf({ id: entry.id, translationKey: stringField(entry.data, 'translationKey') });
    for (const lang of localeCodes) {
      if (lang === entry.lang) continue;
      const counterpart = entries.find(
        (other) => other.spec === entry.spec && other.lang === lang && translationKeyOf({ id: other.id, translationKey: stringField(other.data, 'translationKey') }) === key,
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
    const key = `${entry.spec.name}/${entry.lang}/${slug}`;
    const previous = seen.get(key);
    if (previous) {
      problems.push({
        file: entry.file,
        field: 'slug',
        fieldLabel: cmsLabel(entry.spec.fields, ['slug']),
        message: `adresse « ${slug} » déjà utilisée par ${previous.file} (duplicate slug)`,
      });
    } else {
      seen.set(key, entry);
    }
  }
  return problems;
}

/** One line per problem: `content/faq/fr/x.md — Question (question) : champ obligatoire manquant`. */
export function formatProblem(problem: ContentProblem): string {
  const field = problem.field ? ` — ${problem.fieldLabel ? `${problem.fieldLabel} (${problem.field})` : problem.field}` : '';
  return `${problem.file}${field} : ${problem.message}`;
}
