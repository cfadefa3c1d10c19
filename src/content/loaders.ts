/**
 * How Astro loads each collection of the table: a glob over its language
 * folders, Markdown or YAML, entry ids kept as `<lang>/<file>`. Files whose
 * name starts with `_` are ignored (editors' notes, templates).
 */
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
 * The loader of one collection (CMS-edited content is `.md`, never MDX).
 * Once an entry's data has passed its schema, its text is typeset in the
 * entry's language (`src/i18n/typography.ts`: « Date limite : » with a
 * no-break space, ’ for the apostrophe): every page, feed, calendar, open
 * data file and search document reads the same typeset text, and editors may
 * type plain spaces and straight quotes. Schemas see the text as written, so
 * length limits count what editors typed.
 */
export function collectionLoader(spec: Pick<CollectionSpec, 'folder' | 'format' | 'entries'>): Loader {
  const files = glob({ base: `./${contentRoot}/${spec.folder}`, pattern: entryPatterns(spec), generateId: idFromPath });
  return {
    ...files,
    load: (context) =>
      files.load({
        ...context,
        parseData: async (entry) => typesetData(parseEntryId(entry.id).lang, await context.parseData(entry)),
      }),
  };
}

/** Astro's collection configuration of every collection of `table`, keyed by name (wrapped in `defineCollection` by `src/content.config.ts`). */
export function astroCollectionConfigs<Table extends CollectionTable>(table: Table): { [Name in keyof Table]: { loader: Loader; schema: Table[Name]['schema'] } } {
  return Object.fromEntries(collectionEntries(table).map(([name, spec]) => [name, { loader: collectionLoader(spec), schema: spec.schema }])) as {
    [Name in keyof Table]: { loader: Loader; schema: Table[Name]['schema'] };
  };
}
