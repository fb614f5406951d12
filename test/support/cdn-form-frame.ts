/** A page (iframe) that loads dist/cdn/dvc-form.js, and forms mounted in it: the CDN lazy-path tests share these. */
import { expect, waitUntil } from '@open-wc/testing';
import { staticClosure } from './built-files.js';

export type FormElement = HTMLElement & {
  schema: unknown;
  value: unknown;
  identity?: unknown;
  identityConsent: string;
  updateComplete: Promise<boolean>;
  validate(): { valid: boolean; errors: readonly { pointer: string; message: string }[] };
  requestSubmit(): void;
};

/**
 * Built code with esbuild's escapes of non-ASCII text (`\xF9`, `\u1EA3`) read back as the characters, so a test can look
 * for Vietnamese words. (The build keeps the escapes: as UTF-8 the bundle measured 0.1 kB gzip more.)
 */
export function readableCode(code: string): string {
  return code.replace(/\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4}))/g, (_, byte?: string, unit?: string) =>
    String.fromCharCode(parseInt(byte ?? unit ?? '', 16)),
  );
}

/** The code of `path` (relative to dist/) and the chunks it imports statically, readable (`readableCode`). */
export async function closureCode(path: string): Promise<string> {
  return readableCode([...(await staticClosure(path)).values()].map((file) => file.text).join('\n'));
}

/** The code of dvc-form.js and the chunks it imports statically. */
export function firstDownload(): Promise<string> {
  return closureCode('cdn/dvc-form.js');
}

/** The lazy chunk named `name-<hash>.js` that the bundle's static chunks import. */
export async function lazyChunk(name: string): Promise<string> {
  const found = new RegExp(`["']\\./(${name}-[\\w-]+\\.js)["']`).exec(await firstDownload())?.[1];
  expect(found, `${name} imported lazily by relative URL`).to.be.a('string');
  return found!;
}

/**
 * A page with dvc-form.js in `lang`; `missing` lazy chunks are sent to a file that does not exist (an import map).
 */
export async function frameWithForm(missing: string[] = [], lang = 'vi'): Promise<HTMLIFrameElement> {
  const imports = Object.fromEntries(
    missing.map((chunk) => [`${location.origin}/dist/cdn/chunks/${chunk}`, '/dist/cdn/chunks/missing.js']),
  );
  const head = missing.length ? `<script type="importmap">${JSON.stringify({ imports })}</script>` : '';
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head>${head}</head><body><script type="module" src="/dist/cdn/dvc-form.js"></script></body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  await waitUntil(() => frame.contentWindow!.customElements.get('dvc-form'), 'dvc-form registered', { timeout: 15000 });
  return frame;
}

export function mount(
  frame: HTMLIFrameElement,
  schema: unknown,
  setup: (form: FormElement) => void = () => {},
): FormElement {
  const form = frame.contentWindow!.document.createElement('dvc-form') as FormElement;
  form.schema = schema;
  setup(form);
  frame.contentWindow!.document.body.append(form);
  return form;
}
