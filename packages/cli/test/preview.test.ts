import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { bin, procedureFiles, repositoryRoot } from './run-cli.js';

const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

interface Preview {
  readonly url: string;
  readonly child: ChildProcess;
}

/** Starts `dvc preview <file> --port 0` and waits for the URL it prints. */
function startPreview(file: string): Promise<Preview> {
  const child = spawn(process.execPath, [bin, 'preview', file, '--port', '0'], {
    cwd: repositoryRoot,
    env: { ...process.env, NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match) resolve({ url: match[1]!, child });
    });
    child.once('exit', (code) => reject(new Error(`dvc preview exited with ${code}: ${output}`)));
  });
}

function stopPreview(preview: Preview): Promise<void> {
  return new Promise((resolve) => {
    preview.child.once('exit', () => resolve());
    preview.child.kill('SIGTERM');
  });
}

let browser: Browser;

describe('dvc preview', () => {
  before(async () => {
    assert.ok(existsSync(`${repositoryRoot}packages/cli/dist/preview/kit.js`), 'the preview kit is built (pnpm build)');
    browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  });
  after(async () => {
    await browser?.close();
  });

  for (const file of procedureFiles) {
    it(`renders every step of ${file} with 0 axe violations in vi and en`, async () => {
      const procedure = JSON.parse(readFileSync(`${repositoryRoot}${file}`, 'utf8')) as { steps: { id: string }[] };
      const preview = await startPreview(file);
      const page = await browser.newPage();
      try {
        for (const lang of ['vi', 'en']) {
          const response = await page.goto(`${preview.url}?lang=${lang}`);
          assert.equal(response?.headers()['content-security-policy'], "script-src 'self'");
          await page.waitForFunction(() => document.documentElement.dataset['axeViolations'] !== undefined, {
            timeout: 60_000,
          });
          const state = await page.evaluate(() => {
            const forms = [...document.querySelectorAll('dvc-form')] as (HTMLElement & { shadowRoot: ShadowRoot })[];
            return {
              lang: document.documentElement.lang,
              violations: document.documentElement.dataset['axeViolations'],
              report: document.documentElement.dataset['axeReport'],
              steps: forms.map((form) => ({
                step: form.getAttribute('step'),
                // Controls rendered for the step, and no schema-error panel.
                controls: form.shadowRoot.querySelectorAll(
                  'dvc-text-input, dvc-radios, dvc-select, dvc-date-input, dvc-checkbox, dvc-textarea, dvc-fieldset, [data-pointer]',
                ).length,
                schemaError: form.shadowRoot.querySelector('[part~="schema-error"]') !== null,
              })),
            };
          });
          assert.equal(state.lang, lang);
          assert.equal(state.violations, '0', `${file} (${lang}): ${state.report}`);
          // A service with no questions shows its whole form once, without a step.
          assert.deepEqual(
            state.steps.map((step) => step.step),
            procedure.steps.length ? procedure.steps.map((step) => step.id) : [null],
          );
          for (const step of state.steps) {
            assert.equal(step.schemaError, false, `${file} step ${step.step}`);
            assert.ok(step.controls > 0, `${file} step ${step.step} renders controls`);
          }
        }
      } finally {
        await page.close();
        await stopPreview(preview);
      }
    });
  }

  it('offers the six synthetic citizens: one fills locked and editable fields; the address data loads', async () => {
    const preview = await startPreview('schemas/procedures/dang-ky-thuong-tru.json');
    const page = await browser.newPage();
    const served: { path: string; status: number }[] = [];
    page.on('response', (response) =>
      served.push({ path: new URL(response.url()).pathname, status: response.status() }),
    );
    try {
      await page.goto(preview.url);
      await page.waitForFunction(() => document.documentElement.dataset['axeViolations'] !== undefined, {
        timeout: 60_000,
      });
      const options = await page.$$eval('#citizen option', (items) =>
        items.map((item) => (item as HTMLOptionElement).value).filter(Boolean),
      );
      assert.equal(options.length, 6);
      await page.select('#citizen', 'no-middle-name');
      const field = (pointer: string) =>
        page.waitForFunction(
          (at: string) => {
            const form = document.querySelector('dvc-form[step="nguoi-khai"]');
            const box = form?.shadowRoot?.querySelector(`[data-pointer="${at}"]`) as
              (HTMLElement & { value: unknown; readonly: boolean }) | null;
            // A field is a native input in the form's shadow root (.dvc-widget) or a control element.
            const input = box?.classList.contains('dvc-widget') ? box.querySelector('input') : null;
            const shown = input
              ? { value: input.value, readonly: input.readOnly }
              : box
                ? { value: box.value, readonly: box.readonly }
                : null;
            return shown && shown.value ? shown : null;
          },
          { timeout: 20_000 },
          pointer,
        );
      assert.deepEqual(await (await field('/applicant/fullName')).jsonValue(), { value: 'Phạm Hùng', readonly: true });
      assert.deepEqual(await (await field('/applicant/phone')).jsonValue(), { value: '0912 345 678', readonly: false });
      const addressData = served.filter(({ path }) => path.startsWith('/assets/address-data/'));
      assert.ok(
        addressData.length > 0,
        `the address picker fetched its data: ${JSON.stringify(served.map(({ path }) => path))}`,
      );
      assert.deepEqual(
        addressData.filter(({ status }) => status !== 200),
        [],
      );
      assert.equal(await page.evaluate(() => document.documentElement.dataset['failedResources']), '[]');
    } finally {
      await page.close();
      await stopPreview(preview);
    }
  });

  it('does not call the page clean when a file fails to load', async () => {
    const preview = await startPreview('schemas/procedures/dang-ky-thuong-tru.json');
    const page = await browser.newPage();
    try {
      await page.goto(preview.url);
      await page.waitForFunction(() => document.documentElement.dataset['axeViolations'] === '0', { timeout: 60_000 });
      // As when the address data is not served: a data file answers 404; the next check says so.
      await page.evaluate(() =>
        fetch('/assets/address-data/communes/no-such-province.json').then((response) => response.text()),
      );
      await page.select('#citizen', 'no-middle-name');
      await page.waitForFunction(() => document.documentElement.dataset['axeViolations'] !== '0', { timeout: 60_000 });
      const state = await page.evaluate(() => ({
        badge: document.documentElement.dataset['axeViolations'],
        status: document.getElementById('axe-status')?.textContent ?? '',
      }));
      assert.equal(state.badge, 'resources');
      assert.match(state.status, /no-such-province\.json/);
    } finally {
      await page.close();
      await stopPreview(preview);
    }
  });

  it('reloads the page when the procedure file changes', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'dvc-preview-'));
    const file = join(directory, 'thu-tuc.json');
    copyFileSync(`${repositoryRoot}packages/cli/test/fixtures/valid.json`, file);
    const preview = await startPreview(file);
    const page = await browser.newPage();
    try {
      await page.goto(preview.url);
      assert.equal(await page.$eval('h1', (heading) => heading.textContent), 'Thủ tục mẫu');
      const changed = JSON.parse(readFileSync(file, 'utf8')) as { title: { vi: string } };
      changed.title.vi = 'Thủ tục đã sửa';
      const navigation = page.waitForNavigation({ timeout: 20_000 });
      // Give the page time to open its event stream.
      await new Promise((resolve) => setTimeout(resolve, 500));
      writeFileSync(file, JSON.stringify(changed, null, 2));
      await navigation;
      assert.equal(await page.$eval('h1', (heading) => heading.textContent), 'Thủ tục đã sửa');
    } finally {
      await page.close();
      await stopPreview(preview);
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
