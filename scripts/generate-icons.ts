/**
 * `npm run icons`: rasterises public/favicon.svg into the PNG icons the web app manifest lists
 * (public/icons/). Chromium only offers to install an app whose manifest has a PNG icon of at least
 * 144 px, and launchers crop "maskable" icons to a circle, so the maskable one keeps the bars inside
 * the central 80 % safe zone on a full-bleed background. Run after changing the favicon; the output
 * is committed so a build needs no browser.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../tests/e2e/launchChromium';

const publicDir = fileURLToPath(new URL('../public/', import.meta.url));
const favicon = readFileSync(`${publicDir}favicon.svg`, 'utf8');

/** The favicon's drawing without its rounded background, scaled into the maskable safe zone. */
function maskableSvg(): string {
  const bars = favicon.replace(/^.*?<\/title>/s, '').replace(/<rect width="64" height="64"[^>]*\/>/, '');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#0b1f3a"/><g transform="translate(6.4 6.4) scale(0.8)">${bars.replace(/<\/svg>\s*$/, '')}</g></svg>`;
}

const ICONS = [
  { file: 'icon-192.png', size: 192, svg: favicon },
  { file: 'icon-512.png', size: 512, svg: favicon },
  { file: 'icon-maskable-512.png', size: 512, svg: maskableSvg() },
];

const browser = await launchChromium();
try {
  mkdirSync(`${publicDir}icons`, { recursive: true });
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    const sized = icon.svg.replace('<svg ', `<svg width="${icon.size}" height="${icon.size}" `);
    await page.setContent(`<body style="margin:0">${sized}</body>`);
    const png = await page.screenshot({ omitBackground: true, type: 'png' });
    writeFileSync(`${publicDir}icons/${icon.file}`, png);
    console.log(`wrote public/icons/${icon.file} (${icon.size}×${icon.size}, ${png.length} bytes)`);
    await page.close();
  }
} finally {
  await browser.close();
}
