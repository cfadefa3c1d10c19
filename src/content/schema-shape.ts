/**
 * Reading the shape of the site's Zod schemas (zod 4): what lies under
 * `z.preprocess`, `.optional()`, `.default()`, which keys an object declares,
 * in which order. The CMS writes files in that order (`src/cms/file-format.ts`)
 * and the contract test compares the Decap fields with it.
 */
import type { z } from 'astro/zod';

/** The parts of Zod's internal definition read here. */
export interface ZodDef {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly out?: z.ZodType;
  readonly element?: z.ZodType;
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly entries?: Readonly<Record<string, string>>;
}

/** Zod's definition of a schema. */
export function zodDef(schema: z.ZodType): ZodDef {
  return (schema as unknown as { _zod: { def: ZodDef } })._zod.def;
}

/** The schema that decides the value's type, under `z.preprocess`, `.optional()`, `.default()`, `.nullable()` and `.readonly()`. */
export function coreSchema(schema: z.ZodType): z.ZodType {
  const def = zodDef(schema);
  if (def.type === 'pipe' && def.in && zodDef(def.in).type === 'transform' && def.out) return coreSchema(def.out);
  if (['optional', 'default', 'prefault', 'nullable', 'readonly'].includes(def.type) && def.innerType) return coreSchema(def.innerType);
  return schema;
}
