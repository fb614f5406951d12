/**
 * A whole journey from the BUILT `dist/cdn/dvc-procedure.js` (needs `pnpm build`): the bundle's
 * first download holds the start, consent and step pages; the definition's check and the identity
 * adapters (zod), the address picker and the later pages come from lazy chunks (ADR 0017). The
 * page is an iframe with only the bundle, so nothing from the test's own modules helps it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { settle } from './support/settle.js';
import { staticClosure } from './support/built-files.js';
import { definition, fakeAdapters } from '../packages/procedure/src/test-support/journey.js';
import { declare } from '../packages/procedure/src/test-support/driver.js';
import type { DvcProcedure } from '../packages/procedure/src/procedure/procedure.js';

type FormInFrame = HTMLElement & {
  value: Record<string, unknown>;
  requestSubmit(): void;
  shadowRoot: ShadowRoot;
};
type SummaryList = HTMLElement & { rows: { key: string; value: string }[] };

/** The test procedure with an address step, so the address picker must arrive before that step shows. */
const withAddress = {
  ...definition,
  steps: [
    ...definition.steps.slice(0, 1),
    { id: 'dia-chi', title: { vi: 'Nơi ở hiện tại', en: 'Current address' }, fields: ['currentAddress'] },
    ...definition.steps.slice(1),
  ],
  dataSchema: {
    ...definition.dataSchema,
    properties: {
      ...definition.dataSchema.properties,
      currentAddress: {
        type: 'object',
        title: 'Nơi ở hiện tại',
        'x-widget': 'address',
        properties: { provinceCode: { type: 'string' }, communeCode: { type: 'string' }, detail: { type: 'string' } },
      },
    },
  },
};

async function frameWithBundle(head = ''): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.srcdoc = `<!doctype html><html lang="vi"><head>${head}</head><body><script type="module" src="/dist/cdn/dvc-procedure.js"></script></body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  await waitUntil(() => frame.contentWindow!.customElements.get('dvc-procedure'), 'dvc-procedure registered', {
    timeout: 15000,
  });
  return frame;
}

const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits until the journey shows `page` with its page element (if any) rendered. */
async function until(element: DvcProcedure, page: string): Promise<void> {
  await waitUntil(() => element.page === page, `page ${page} (now ${element.page})`, { timeout: 15000 });
  await element.settled();
  await settle(element);
}

function button(element: DvcProcedure, label: string): HTMLElement {
  const found = [...element.shadowRoot!.querySelectorAll<HTMLElement>('dvc-button')].find(
    (candidate) => text(candidate) === label,
  );
  if (!found) throw new Error(`No button "${label}" on page ${element.page}`);
  return found;
}

function stepForm(element: DvcProcedure): FormInFrame {
  return element.shadowRoot!.querySelector('.step-form dvc-form') as FormInFrame;
}

describe('a journey from the built dist/cdn/dvc-procedure.js', () => {
  it('runs start → consent → steps (an address step) → documents → review → declaration, loading its lazy chunks', async () => {
    const frame = await frameWithBundle();
    const page = frame.contentWindow!;
    const { adapters } = fakeAdapters();
    const element = page.document.createElement('dvc-procedure') as DvcProcedure;
    element.adapters = adapters;
    element.procedure = withAddress;
    page.document.body.append(element);

    await until(element, 'start');
    expect(text(element.shadowRoot!.querySelector('h1'))).to.equal('Cấp bản sao trích lục thử nghiệm');
    const loaded = page.performance.getEntriesByType('resource').map((entry) => entry.name);
    for (const chunk of ['lazy-definition-schema-', 'lazy-identity-checks-', 'define-later-'])
      expect(
        loaded.some((name) => name.includes(`/dist/cdn/chunks/${chunk}`)),
        `${chunk} loaded`,
      ).to.equal(true);

    button(element, 'Bắt đầu').click();
    await until(element, 'consent');
    const consent = element.shadowRoot!.querySelector('dvc-form.consent-form')!.shadowRoot!;
    [...consent.querySelectorAll<HTMLElement>('dvc-button')]
      .find((candidate) => text(candidate) === 'Điền sẵn thông tin của tôi')!
      .click();
    await until(element, 'step-ban-than');
    expect(stepForm(element).value['fullName'], 'prefilled from the identity adapter').to.equal('Phạm Hùng');

    stepForm(element).requestSubmit();
    await until(element, 'step-dia-chi');
    // The address picker renders in the form's own tree (ADR 0025), not as separate fields.
    const address = stepForm(element).shadowRoot.querySelector('.dvc-address-field [role="combobox"]');
    expect(address, 'the address picker, not separate fields').to.exist;
    expect(stepForm(element).shadowRoot.querySelector('dvc-address'), 'no element per field').to.equal(null);

    stepForm(element).requestSubmit();
    await until(element, 'step-ban-sao');
    stepForm(element).value = { ...stepForm(element).value, copies: 2 };
    await settle(element);
    stepForm(element).requestSubmit();
    await until(element, 'documents');
    element
      .shadowRoot!.querySelector<HTMLElement>('dvc-radios[data-document="giay-to"]')!
      .dispatchEvent(new CustomEvent('dvc-change', { detail: { value: 'held:held-1' } }));
    await settle(element);
    button(element, 'Tiếp tục').click();
    await until(element, 'review');
    const lists = [...element.shadowRoot!.querySelectorAll<SummaryList>('dvc-summary-list')];
    const values = lists.flatMap((list) => list.rows.map((row) => row.value));
    expect(values).to.include('Phạm Hùng');
    expect(values).to.include('2');

    button(element, 'Tiếp tục').click();
    await until(element, 'declaration');
    await declare(element);
    expect(element.shadowRoot!.querySelector('dvc-checkbox.declaration')).to.be.instanceOf(
      page.customElements.get('dvc-checkbox')!,
    );
    frame.remove();
  });

  it('shows a localized error, not a blank page, when a lazy chunk cannot load', async () => {
    // The definition's check is a lazy chunk named in the bundle's static chunks; an import map sends
    // the page's request for it to a file that does not exist, as an offline moment or a broken deploy would.
    const code = [...(await staticClosure('cdn/dvc-procedure.js')).values()].map((file) => file.text).join('\n');
    const chunk = /["']\.\/(lazy-definition-schema-[\w-]+\.js)["']/.exec(code)?.[1];
    expect(chunk, 'the lazy chunk of the definition check').to.be.a('string');
    const missing = { imports: { [`${location.origin}/dist/cdn/chunks/${chunk}`]: '/dist/cdn/chunks/missing.js' } };
    const frame = await frameWithBundle(`<script type="importmap">${JSON.stringify(missing)}</script>`);
    const page = frame.contentWindow!;
    const element = page.document.createElement('dvc-procedure') as DvcProcedure;
    element.adapters = fakeAdapters().adapters;
    element.procedure = definition;
    page.document.body.append(element);
    await waitUntil(() => element.shadowRoot?.querySelector('[role="alert"]'), 'an alert', { timeout: 15000 });
    const alert = element.shadowRoot!.querySelector('[role="alert"]');
    expect(text(alert?.querySelector('h1'))).to.equal('Không tải được một phần của dịch vụ này');
    expect(text(alert)).to.contain('tải lại trang');
    frame.remove();
  });
});
