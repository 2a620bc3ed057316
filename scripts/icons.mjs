// `npm run icons`: renders build/icon.svg into the PNG/ICO files electron-builder packages.
// The outputs are committed, so packaging never needs a browser; run this after editing the SVG.
//   build/icon.png       1024×1024
//   build/icon.icns      16–1024 px PNGs (macOS; written here so packaging needs no icon tool download)
//   build/icon.ico       16–256 px (Windows installer, taskbar, shortcuts)
//   build/icons/NxN.png  16–512 px (Linux AppImage/deb hicolor theme)
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath } from './chromium.mjs';

const buildDir = join(import.meta.dirname, '..', 'build');
const svg = readFileSync(join(buildDir, 'icon.svg'), 'utf8');
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];

/** An ICO file whose images are PNGs (supported since Windows Vista; electron-builder accepts it). */
function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // 0 means 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

/** An ICNS file of PNG images (macOS 10.7+), one per OSType below. */
const ICNS_TYPES = { 16: 'icp4', 32: 'icp5', 64: 'icp6', 128: 'ic07', 256: 'ic08', 512: 'ic09', 1024: 'ic10' };
export function icns(images) {
  const chunks = images.map(({ size, png }) => {
    const head = Buffer.alloc(8);
    head.write(ICNS_TYPES[size], 0, 'latin1');
    head.writeUInt32BE(8 + png.length, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + chunks.reduce((n, c) => n + c.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

if (process.argv[2] === '--icns-from-committed') {
  // Rebuild only build/icon.icns from the committed PNGs (no browser needed).
  const png = (size) => readFileSync(size === 1024 ? join(buildDir, 'icon.png') : join(buildDir, 'icons', `${size}x${size}.png`));
  writeFileSync(join(buildDir, 'icon.icns'), icns(Object.keys(ICNS_TYPES).map((size) => ({ size: Number(size), png: png(Number(size)) }))));
  console.log('Wrote build/icon.icns.');
  process.exit(0);
}

const browser = await chromium.launch({ executablePath: chromiumPath() ?? undefined, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } });
  const render = async (size) => {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0">${svg.replace(/width="1024" height="1024"/, `width="${size}" height="${size}"`)}</body></html>`);
    return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  };
  writeFileSync(join(buildDir, 'icon.png'), await render(1024));
  const icoImages = [];
  for (const size of ICO_SIZES) icoImages.push({ size, png: await render(size) });
  writeFileSync(join(buildDir, 'icon.ico'), ico(icoImages));
  const icnsImages = [];
  for (const size of Object.keys(ICNS_TYPES).map(Number)) icnsImages.push({ size, png: await render(size) });
  writeFileSync(join(buildDir, 'icon.icns'), icns(icnsImages));
  mkdirSync(join(buildDir, 'icons'), { recursive: true });
  for (const size of LINUX_SIZES) writeFileSync(join(buildDir, 'icons', `${size}x${size}.png`), await render(size));
  console.log(`Wrote build/icon.png, build/icon.icns, build/icon.ico (${ICO_SIZES.join(', ')} px) and build/icons/ (${LINUX_SIZES.join(', ')} px).`);
} finally {
  await browser.close();
}
