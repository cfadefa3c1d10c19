/**
 * How Astro loads each collection of the table: a glob over its language
 * folders, Markdown or YAML, entry ids kept as `<lang>/<file>`. Files whose
 * name starts with `_` are ignored (editors' notes, templates). The parsed
 * entries Astro keeps between builds are dropped whenever the content model's
 * source changes (see `contentModelDigest`).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { typesetData } from '../i18n/typography';
import { collectionEntries, fileExtension, type CollectionSpec, type CollectionTable } from './collections';
import { contentRoot, parseEntryId } from './paths';

/**
 * Entry ids are the path without extension (`fr/mon-annonce`). Astro's default
 * would use a frontmatter `slug` as the id instead; here `slug` is only the
 * localized URL, and the id must keep the language folder.
 */
export function idFromPath({ entry }: { entry: string }): string {
  return entry.replace(/\.(md|ya?ml)$/, '');
}

/** The files of a collection, relative to its folder: every language folder, or each language's single document. */
export function entryPatterns(spec: Pick<CollectionSpec, 'format' | 'entries'>): string[] {
  const extension = fileExtension(spec);
  const files = spec.entries === 'many' ? `**/*.${extension}` : `${spec.entries.single}.${extension}`;
  return [`*/${files}`, '!**/_*'];
}

/**
 * Folders whose code decides what a stored entry holds, relative to the
 * project root: the content model (schemas, loaders), the typography applied
 * on load and in UI strings (`src/i18n/`), and the Markdown processor.
 */
const entryCodeFolders = ['src/content', 'src/i18n', 'src/markdown'] as const;

/**
 * A digest of the code that shapes stored entries (`entryCodeFolders`).
 * Astro reuses an entry it parsed and rendered in an earlier build while the
 * entry's file and `src/content.config.ts` are unchanged (its config digest
 * hashes that one file's text, astro/dist/content/utils.js); the schemas, the
 * typesetter and the processor live in other modules, so a changed rule would
 * otherwise not reach entries stored before it, in `npm start` or with a
 * host's kept cache alike.
 */
export function contentModelDigest(projectRoot: string): string {
  const hash = createHash('sha256');
  for (const folder of entryCodeFolders) {
    const path = join(projectRoot, folder);
    if (!existsSync(path)) continue;
    for (const file of readdirSync(path, { recursive: true, encoding: 'utf8' }).sort()) {
      if (!/\.(ts|json)$/.test(file)) continue;
      hash.update(`${folder}/${file}`).update('\0').update(readFileSync(join(path, file))).update('\0');
    }
  }
  return hash.digest('hex');
}

/** Key under which a collection remembers the digest its entries were parsed with. */
const digestKey = 'content-model-digest';

/**
 * The loader of one collection (CMS-edited content is `.md`, never MDX).
 * Once an entry's data has passed its schema, its text is typeset in the
 * entry's language (`src/i18n/typography.ts`: « Date limite : » with a
 * no-break space, ’ for the apostrophe): every page, feed, calendar, open
 * data file and search document reads the same typeset text, and editors may
 * type plain spaces and straight quotes. Schemas see the text as written, so
 * length limits count what editors typed. Entries stored by a build with
 * other rules are dropped first (`contentModelDigest`).
 */
export function collectionLoader(spec: Pick<CollectionSpec, 'folder' | 'format' | 'entries'>): Loader {
  const files = glob({ base: `./${contentRoot}/${spec.folder}`, pattern: entryPatterns(spec), generateId: idFromPath });
  return {
    name: 'content-model-glob',
    load: async (context) => {
      const digest = contentModelDigest(fileURLToPath(context.config.root));
      if (context.meta.get(digestKey) !== digest) {
        context.store.clear();
        context.meta.set(digestKey, digest);
      }
      await files.load({
        ...context,
        parseData: async (entry) => typesetData(parseEntryId(entry.id).lang, await context.parseData(entry)),
      });
    },
  };
}

/** Astro's collection configuration of every collection of `table`, keyed by name (wrapped in `defineCollection` by `src/content.config.ts`). */
export function astroCollectionConfigs<Table extends CollectionTable>(table: Table): { [Name in keyof Table]: { loader: Loader; schema: Table[Name]['schema'] } } {
  return Object.fromEntries(collectionEntries(table).map(([name, spec]) => [name, { loader: collectionLoader(spec), schema: spec.schema }])) as {
    [Name in keyof Table]: { loader: Loader; schema: Table[Name]['schema'] };
  };
}
