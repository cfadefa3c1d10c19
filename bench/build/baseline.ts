/**
 * The bare baseline: the smallest Astro site that turns Markdown files into
 * pages (one content collection with the glob loader, one `[...slug].astro`
 * route, one layout), with as many pages as the project's build produced and
 * bodies from the same writer. What the project takes beyond it is the cost
 * of its own features: bilingual routing, lists, feeds, calendars, search
 * index, open data, sitemap, images and the CMS bundle.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writer } from './text';

/** Files of the bare site besides its Markdown. */
const siteFiles: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }, null, 2),
  'tsconfig.json': JSON.stringify({ extends: 'astro/tsconfigs/base' }, null, 2),
  // Caches inside the copy: node_modules is a link to the shared one, which no build may write to.
  'astro.config.mjs': `import { defineConfig } from 'astro/config';\n\nexport default defineConfig({ site: 'https://baseline.example', cacheDir: './.cache/astro', vite: { cacheDir: './.cache/vite' } });\n`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  posts: defineCollection({
    loader: glob({ base: './content', pattern: '**/*.md' }),
    schema: z.object({ title: z.string(), summary: z.string(), published: z.string() }),
  }),
};
`,
  'src/layouts/Layout.astro': `---
const { title } = Astro.props;
---
<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width" />
    <title>{title}</title>
  </head>
  <body>
    <header><a href="/">Accueil</a></header>
    <main><slot /></main>
  </body>
</html>
`,
  'src/pages/[...slug].astro': `---
import { getCollection, render } from 'astro:content';
import Layout from '../layouts/Layout.astro';

export async function getStaticPaths() {
  const posts = await getCollection('posts');
  return posts.map((post) => ({ params: { slug: post.id }, props: { post } }));
}

const { post } = Astro.props;
const { Content } = await render(post);
---
<Layout title={post.data.title}>
  <article>
    <h1>{post.data.title}</h1>
    <p>{post.data.summary}</p>
    <time datetime={post.data.published}>{post.data.published}</time>
    <Content />
  </article>
</Layout>
`,
};

/** Writes the bare site with `pages` Markdown pages into `destination` (emptied first). */
export function writeBaseline(destination: string, pages: number): void {
  rmSync(destination, { recursive: true, force: true });
  for (const [path, text] of Object.entries(siteFiles)) {
    mkdirSync(join(destination, path, '..'), { recursive: true });
    writeFileSync(join(destination, path), text);
  }
  const content = join(destination, 'content');
  mkdirSync(content, { recursive: true });
  for (let index = 0; index < pages; index += 1) {
    // Same writer and lengths as the project's announcements, alternating languages.
    const writer = new Writer(index % 2 === 0 ? 'fr' : 'en', (index + 1) * 7919 + 17);
    const title = JSON.stringify(writer.title(130));
    const summary = JSON.stringify(writer.summary(290));
    writeFileSync(join(content, `page-${String(index + 1).padStart(5, '0')}.md`), `---\ntitle: ${title}\nsummary: ${summary}\npublished: "2026-01-01"\n---\n\n${writer.body(150, 600)}\n`);
  }
}
