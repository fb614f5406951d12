// The procedure owners' CLI from the registry, in an empty folder (registry suite).
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { endChild, root, run, startChild } from './process.mjs';

const npxCache = join(root, 'node_modules/.cache/dvc-registry/npx-cache');

/** Runs `npx @dvc/cli …` from the registry in `dir` (an empty folder but for the procedure file). */
function npxCli(dir, registry, args, options = {}) {
  const npx = [
    'exec',
    '--yes',
    '--userconfig',
    registry.npmrc,
    '--registry',
    registry.url,
    '--cache',
    npxCache,
    '--',
    '@dvc/cli',
    ...args,
  ];
  return options.spawn ? startChild('npm', npx, { cwd: dir }) : run('npm', npx, { cwd: dir });
}

/**
 * The procedure owners' tools from the registry, in an empty folder: `dvc lint` and `dvc types`
 * on a real procedure, and `dvc preview`, checked in Chromium (forms, a sample citizen filling a
 * locked field, address data served, axe clean, no file failing to load).
 */
export async function cliCheck(browser, registry, workDir) {
  // npx would reuse an earlier run's install of the same version (stale code): a cache of its own
  // whose npx folder starts empty; its downloaded tarballs are kept for the next run.
  rmSync(join(npxCache, '_npx'), { recursive: true, force: true });
  const dir = join(workDir, 'cli-empty');
  mkdirSync(dir, { recursive: true });
  cpSync(join(root, 'schemas/procedures/dang-ky-thuong-tru.json'), join(dir, 'thu-tuc.json'));
  const lint = await npxCli(dir, registry, ['lint', 'thu-tuc.json', '--lang', 'en']);
  await npxCli(dir, registry, ['types', 'thu-tuc.json', '--out', 'thu-tuc.d.ts']);
  const types = readFileSync(join(dir, 'thu-tuc.d.ts'), 'utf8');
  const child = npxCli(dir, registry, ['preview', 'thu-tuc.json', '--port', '0', '--lang', 'vi'], { spawn: true });
  let output = '';
  try {
    const url = await new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`dvc preview printed no address within 120 s:\n${output}`)),
        120_000,
      );
      const read = (chunk) => {
        output += chunk;
        const match = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
      child.once('exit', (code) => reject(new Error(`dvc preview exited (${code}):\n${output}`)));
    });
    const page = await browser.newPage();
    try {
      const served = [];
      page.on('response', (response) =>
        served.push({ path: new URL(response.url()).pathname, status: response.status() }),
      );
      await page.goto(url);
      await page.waitForFunction(() => document.documentElement.dataset.axeViolations !== undefined, undefined, {
        timeout: 90_000,
      });
      const citizens = await page
        .locator('#citizen option')
        .evaluateAll((options) => options.map((option) => option.value).filter(Boolean));
      await page.selectOption('#citizen', 'no-middle-name');
      await page.waitForFunction(
        () => {
          // A field is a native input in the form's shadow root (.dvc-widget box) or a control element.
          const box = document
            .querySelector('dvc-form[step="nguoi-khai"]')
            ?.shadowRoot?.querySelector('[data-pointer="/applicant/fullName"]');
          return box?.classList.contains('dvc-widget') ? box.querySelector('input')?.value : box?.value;
        },
        undefined,
        { timeout: 30_000 },
      );
      const preview = await page.evaluate(() => {
        const box = document
          .querySelector('dvc-form[step="nguoi-khai"]')
          .shadowRoot.querySelector('[data-pointer="/applicant/fullName"]');
        const input = box.classList.contains('dvc-widget') ? box.querySelector('input') : null;
        const control = input ? { value: input.value, readonly: input.readOnly } : box;
        return {
          forms: document.querySelectorAll('dvc-form').length,
          fullName: { value: control.value, readonly: control.readonly },
          axe: document.documentElement.dataset.axeViolations,
          failedResources: JSON.parse(document.documentElement.dataset.failedResources ?? 'null'),
        };
      });
      return { lint, types, citizens, served, ...preview };
    } finally {
      await page.close();
    }
  } finally {
    // npm exec runs dvc in a child process of its own: end the whole group.
    endChild(child);
  }
}
