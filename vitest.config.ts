/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/** Unit, contract and content tests run through Astro's Vite config, so JSON imports and `astro/zod` resolve as in the site. */
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/contract/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/search/**/*.test.ts'],
    environment: 'node',
  },
});
