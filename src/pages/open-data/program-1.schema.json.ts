/** The JSON Schema of the open data files, generated from the Zod schema that validates them. */
import type { APIRoute } from 'astro';
import { openDataJsonSchema } from '../../outputs/open-data';
import { requireSite } from '../../routes/urls';

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(openDataJsonSchema(requireSite(site)), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json' },
  });
