import { chromium } from '@playwright/test';
const [,, base, outdir, ...paths] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const w of [360, 1280]) {
  const page = await browser.newPage({ viewport: { width: w, height: w === 360 ? 640 : 800 } });
  for (const p of paths) {
    await page.goto(base + p);
    await page.screenshot({ path: `${outdir}/${p.replace(/\W+/g, '_')}-${w}.png` });
  }
  await page.close();
}
await browser.close();
