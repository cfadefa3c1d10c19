/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/** Unit and contract tests run through Astro's Vite config, so `astro:content` types and JSON imports resolve as in the site. */
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/contract/**/*.test.ts', 'tests/search/**/*.test.ts'],
    environment: 'node',
  },
});
