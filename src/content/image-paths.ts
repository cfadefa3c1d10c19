/**
 * Reading entries outside an Astro build (the editors' content check, the
 * admin's pre-publish check, tests): Astro's `image()` helper resolves a path
 * into image metadata during a build only, so here a string schema stands in
 * for it, optionally checking that the file exists.
 */
import type { SchemaContext } from 'astro/content/config';
import { z } from 'astro/zod';

/**
 * A schema context whose `image()` accepts the path as written (`check`
 * refines it: not empty, file present). The cast is the one place where a
 * string schema stands in for Astro's image schema: only validation (issues,
 * never the parsed values' types) is used on schemas built with it.
 */
export function pathImageContext(check: z.ZodType<string> = z.string()): SchemaContext {
  return { image: () => check as unknown as ReturnType<SchemaContext['image']> };
}
