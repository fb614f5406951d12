// @ts-check
import { mkdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { readConformanceSuite, recordConformanceRun } from './conformance-source.mjs';

const distDirectory = fileURLToPath(new URL('../../dist/', import.meta.url));
/** Screenshots a test takes are kept for people to look at (test-results/ is gitignored; CI keeps it). */
const screenshotDirectory = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

/**
 * `read-built-file`: a file of `dist/` exactly as written on disk (the dev server would rewrite
 * imports and inline source maps), with its gzip size.
 * @param {string} path relative to dist/
 */
function readBuiltFile(path) {
  if (!/^[\w./-]+$/.test(path) || path.includes('..')) throw new Error(`read-built-file: refused path ${path}`);
  const bytes = readFileSync(distDirectory + path);
  return { text: bytes.toString('utf8'), bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}

/**
 * `screenshot-element`: a PNG of the element's box plus a margin, taken by Chromium's compositor
 * (what the citizen sees, forced colours included), saved as `test-results/screenshots/<name>.png`.
 * Returns the PNG (base64), the clip and the element's box in CSS pixels.
 * @param {any} page @param {any} element @param {any} handle
 * @param {{ name: string, margin?: number }} payload
 */
async function screenshotElement(page, element, handle, payload) {
  if (!/^[\w.-]+$/.test(payload.name)) throw new Error(`screenshot-element: refused name ${payload.name}`);
  const box = await element.boundingBox();
  await handle.dispose();
  if (!box) throw new Error('screenshot-element: the element has no box');
  const margin = payload.margin ?? 12;
  const x = Math.max(0, Math.floor(box.x - margin));
  const y = Math.max(0, Math.floor(box.y - margin));
  const clip = {
    x,
    y,
    width: Math.ceil(box.x + box.width + margin) - x,
    height: Math.ceil(box.y + box.height + margin) - y,
  };
  mkdirSync(screenshotDirectory, { recursive: true });
  // A page behind another test page gets no new frames, and a screenshot would wait for one.
  await page.bringToFront();
  const bytes = await page.screenshot({ clip, path: `${screenshotDirectory}${payload.name}.png` });
  return { png: Buffer.from(bytes).toString('base64'), clip, box };
}

/**
 * Test-runner commands that read Chromium's own accessibility tree (not a computation in the
 * page) and emulate media features such as forced colours.
 *
 * `ax-node`: the test puts the element to inspect on `window.__dvcAxTarget`; the command
 * returns Chromium's node for it (role, name, description, states).
 */
export function accessibilityPlugin() {
  return {
    name: 'dvc-accessibility-commands',
    /** @param {{ command: string, payload: any, session: any }} args */
    async executeCommand({ command, payload, session }) {
      if (command === 'read-built-file') return readBuiltFile(payload.path);
      // The official JSON Schema Test Suite, from DVC_CONFORMANCE_DIR (see conformance-source.mjs).
      if (command === 'read-conformance-suite') return readConformanceSuite(payload.draft);
      if (command === 'record-conformance-run') return recordConformanceRun(payload);
      if (command !== 'ax-node' && command !== 'emulate-media-features' && command !== 'screenshot-element')
        return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${command} needs the Chromium (puppeteer) launcher`);
      const page = session.browser.getPage(session.id);
      if (command === 'emulate-media-features') {
        await page.emulateMediaFeatures(payload.features);
        return true;
      }
      const handle = await page.evaluateHandle(() => /** @type {any} */ (window).__dvcAxTarget);
      const element = handle.asElement();
      if (!element) throw new Error(`${command}: window.__dvcAxTarget is not an element`);
      if (command === 'screenshot-element') return screenshotElement(page, element, handle, payload);
      const snapshot = await page.accessibility.snapshot({ root: element, interestingOnly: false });
      await handle.dispose();
      return snapshot ?? null;
    },
  };
}
