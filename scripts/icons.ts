// `npm run icons`: the app's icons, from one source image (static/favicon.svg), rasterised by the
// Chromium the end-to-end tests use. Writes static/icons/: 192 and 512 px, and a maskable 512 px
// whose glyph sits inside the central safe zone on a full-bleed background.
import { chromium } from '@playwright/test';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const root = fileURLToPath(new URL('..', import.meta.url));
const SOURCE = `${root}static/favicon.svg`;
const OUT = `${root}static/icons`;
/** The source image's own background, which fills a maskable icon edge to edge. */
const BACKGROUND = '#1f5fbf';
/** A maskable icon's content must stay inside the central circle of 80% of its width; this is within. */
const MASKABLE_SCALE = 0.7;

const icons = [
	{ file: 'icon-192.png', size: 192, maskable: false },
	{ file: 'icon-512.png', size: 512, maskable: false },
	{ file: 'maskable-512.png', size: 512, maskable: true }
];

const svg = await readFile(SOURCE, 'utf8');
const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
	await mkdir(OUT, { recursive: true });
	const page = await browser.newPage({ deviceScaleFactor: 1 });
	for (const { file, size, maskable } of icons) {
		await page.setViewportSize({ width: size, height: size });
		const glyph = maskable ? Math.round(size * MASKABLE_SCALE) : size;
		await page.setContent(
			`<body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${maskable ? BACKGROUND : 'transparent'}">` +
				`<img src="${src}" width="${glyph}" height="${glyph}" alt=""></body>`
		);
		await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
		await writeFile(`${OUT}/${file}`, await page.screenshot({ omitBackground: !maskable, type: 'png' }));
		console.log(`static/icons/${file} (${size}×${size}${maskable ? ', maskable' : ''})`);
	}
} finally {
	await browser.close();
}
