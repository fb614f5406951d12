/** The CDN bundle: one self-contained ES module that registers every element. */
import { expect } from '@open-wc/testing';

export const foundationElements = [
  'dvc-text-input',
  'dvc-textarea',
  'dvc-select',
  'dvc-radios',
  'dvc-checkboxes',
  'dvc-checkbox',
  'dvc-date-input',
  'dvc-file-upload',
  'dvc-fieldset',
  'dvc-button',
  'dvc-error-summary',
  'dvc-notification-banner',
  'dvc-summary-list',
  'dvc-step-indicator',
];

async function gzipSize(text: string): Promise<number> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

describe('dist/cdn/dvc.js', () => {
  it('has no bare imports', async () => {
    const response = await fetch('/dist/cdn/dvc.js');
    expect(response.ok, 'pnpm build writes dist/cdn/dvc.js').to.equal(true);
    const code = await response.text();
    const bare = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g)]
      .map((match) => match[1] ?? '')
      .filter((specifier) => !/^(\.{0,2}\/|https?:)/.test(specifier));
    expect(bare).to.deep.equal([]);
    console.log(`dist/cdn/dvc.js: ${(code.length / 1024).toFixed(1)} kB, ${((await gzipSize(code)) / 1024).toFixed(1)} kB gzip`);
  });

  it('registers every element when loaded as a module script', async () => {
    for (const tag of foundationElements) expect(customElements.get(tag), `${tag} before loading`).to.equal(undefined);
    await import(/* @vite-ignore */ `${location.origin}/dist/cdn/dvc.js`);
    for (const tag of foundationElements) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('renders a working control from the bundle', async () => {
    const form = document.createElement('form');
    const control = document.createElement('dvc-text-input') as HTMLElement & { updateComplete: Promise<boolean> };
    control.setAttribute('name', 'fullName');
    control.setAttribute('label', 'Họ và tên');
    control.setAttribute('value', 'Đỗ Minh Khôi');
    form.append(control);
    document.body.append(form);
    await control.updateComplete;
    expect(new FormData(form).get('fullName')).to.equal('Đỗ Minh Khôi');
    expect(control.shadowRoot?.querySelector('label')?.textContent).to.contain('Họ và tên');
    form.remove();
  });
});
