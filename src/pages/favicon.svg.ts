/** `/favicon.svg`: the site icon as a file, for clients that ask for it by name. */
import type { APIRoute } from 'astro';
import { faviconSvg } from '../outputs/favicon';

/** Serves the SVG source of `src/assets/favicon.svg`. */
export const GET: APIRoute = () => new Response(faviconSvg, { headers: { 'Content-Type': 'image/svg+xml' } });
