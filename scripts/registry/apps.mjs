// The fresh apps of the registry suite (test/registry-apps/<kind>): install from the registry,
// build, serve and check in Chromium.
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { root, run } from './process.mjs';

export const appsDir = join(root, 'test/registry-apps');
export const appKinds = ['html', 'react', 'vue', 'angular'];

/** What bundlers print about CommonJS dependencies (Angular: "Module 'x' used by 'y' is not ESM"). */
export const commonJsWarning = /\bCommonJS\b|is not ESM|AMD dependencies/i;

/**
 * Copies test/registry-apps/<kind> (and the shared schema) into `dir`, installs from the registry
 * and builds. Returns the output folder and the build's log (checked for CommonJS warnings).
 */
export async function buildApp(kind, dir, registry) {
  cpSync(join(appsDir, kind), dir, { recursive: true });
  mkdirSync(join(dir, 'src'), { recursive: true });
  cpSync(join(appsDir, 'smoke-schema.json'), join(dir, 'src/smoke-schema.json'));
  await run(
    'npm',
    [
      'install',
      '--userconfig',
      registry.npmrc,
      '--registry',
      registry.url,
      '--no-fund',
      '--no-audit',
      '--loglevel',
      'error',
    ],
    { cwd: dir },
  );
  const buildLog = await run('npm', ['run', 'build'], { cwd: dir });
  const out = kind === 'angular' ? join(dir, 'dist/browser') : join(dir, 'dist');
  if (!existsSync(join(out, 'index.html'))) throw new Error(`${kind}: the build left no index.html in ${out}`);
  return { out, buildLog };
}

const mimeTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/** Serves a built app on 127.0.0.1. */
export function serveStatic(dir) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    // Browsers ask for it unprompted; the apps have none.
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response
      .writeHead(200, { 'content-type': mimeTypes[extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}/`,
        close: () => new Promise((done) => server.close(done)),
      }),
    ),
  );
}

export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Opens an app and checks what a portal team needs: the schema's fields render, the claims fill
 * the locked field (read-only) and the editable one, and submitting fires `dvc-submit` with them.
 * Returns what the page showed, for the test's assertions.
 */
export async function smokeCheck(browser, url) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('requestfailed', (request) => errors.push(`${request.url()}: ${request.failure()?.errorText}`));
  try {
    await page.goto(url);
    const fullName = page.locator('dvc-form [data-pointer="/fullName"]');
    await fullName.waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => document.querySelector('dvc-form')?.value?.fullName, undefined, {
      timeout: 30_000,
    });
    const fields = await page.evaluate(() => {
      const form = document.querySelector('dvc-form');
      // A field is a native input in the form's shadow root (.dvc-widget box) or a control element; its value is the form's.
      const field = (pointer) => {
        const box = form.shadowRoot.querySelector(`[data-pointer="${pointer}"]`);
        const input = box.classList.contains('dvc-widget') ? box.querySelector('input, select, textarea') : null;
        const label = input ? (input.labels?.[0]?.firstChild?.textContent ?? '').trim() : box.label;
        return { pointer, value: form.value[pointer.slice(1)], readonly: input ? input.readOnly : box.readonly, label };
      };
      return ['/fullName', '/phone'].map(field);
    });
    // The form's own submit button is a native button in its shadow root (ADR 0023).
    await page.locator('dvc-form .actions button').click();
    const submitted = await page.locator('output[data-submitted]').getAttribute('data-submitted', { timeout: 15_000 });
    // Apps that also render a broken schema show the reason dvc-schema-error gave.
    const schemaError = await page.evaluate(
      () => document.querySelector('[data-schema-error]')?.getAttribute('data-schema-error') ?? null,
    );
    return { fields, submitted: JSON.parse(submitted), schemaError, errors };
  } catch (error) {
    const shown = await page
      .evaluate(
        () =>
          document.querySelector('dvc-form')?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '(no dvc-form)',
      )
      .catch(() => '');
    throw new Error(`${url}: ${error.message}\nThe form showed: ${shown}\nPage errors: ${errors.join('\n') || 'none'}`);
  } finally {
    await page.close();
  }
}
