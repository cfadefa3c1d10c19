/**
 * Content collections, derived from the collections table
 * (`src/content/collections.ts`): every entry of the table becomes a
 * collection with the loader of `src/content/loaders.ts` and the table's
 * schema. Nothing here names a collection.
 */
import { defineCollection } from 'astro:content';
import { collectionTable } from './content/collections';
import { astroCollectionConfigs } from './content/loaders';

/** Each collection's loader and schema, typed per name so `CollectionEntry<…>` is exact. */
const configs = astroCollectionConfigs(collectionTable);

// `defineCollection` only marks each configuration as a content-layer collection at run time;
// the per-name types Astro generates `CollectionEntry` from are kept by `typeof configs`.
export const collections = Object.fromEntries(
  Object.entries(configs).map(([name, config]) => [name, defineCollection(config as Parameters<typeof defineCollection>[0])]),
) as typeof configs;
