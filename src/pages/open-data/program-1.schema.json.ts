/** The JSON Schema of the open data files, generated from the Zod schema that validates them. */
import type { APIRoute } from 'astro';
import { openDataJsonSchema } from '../../outputs/open-data';

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(openDataJsonSchema(site ?? new URL('http://127.0.0.1/')), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json' },
  });
