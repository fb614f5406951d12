import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { IdentityState } from '@dvc/identity';
import '@dvc/identity/define.js';
import '@dvc/components/select/define.js';
import '@dvc/components/date-input/define.js';
import { axeViolations, axNode, axNodes, describeViolations } from '../../../test/support/accessibility.js';
import { fieldView } from '../../../test/support/form-fields.js';
import { settle } from '../../../test/support/settle.js';
import './define.js';
import type { DvcForm } from './form.js';

// Select and date render from their shared templates in the form's shadow root (ADR 0019).
const provinces = ['Hà Nội', 'Huế', 'Lai Châu', 'Điện Biên', 'Sơn La', 'Lạng Sơn', 'Quảng Ninh', 'Thanh Hóa'];
const schema = {
  type: 'object',
  required: ['province', 'birthDate'],
  properties: {
    province: { type: 'string', title: 'Tỉnh, thành phố', description: 'Nơi nộp hồ sơ', enum: provinces },
    birthDate: { type: 'string', format: 'date', title: 'Ngày sinh', description: 'Ví dụ 17 05 1990' },
  },
};

/** The element that really has focus, through every shadow root. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function mount(value?: unknown): Promise<DvcForm> {
  const form = await fixture<DvcForm>(html`<dvc-form lang="vi" .schema=${schema} .value=${value}></dvc-form>`);
  await settle(form);
  return form;
}

function boxes(form: DvcForm): HTMLInputElement[] {
  return [...fieldView(form, '/birthDate').root.querySelectorAll<HTMLInputElement>('input')];
}

async function standalone<T extends HTMLElement>(template: ReturnType<typeof html>): Promise<T> {
  const element = await fixture<T & { updateComplete: Promise<unknown> }>(template);
  await element.updateComplete;
  return element;
}

const facts = (node: Awaited<ReturnType<typeof axNode>>) => ({
  role: node.role,
  name: node.name,
  description: node.description,
  required: node.required,
  invalid: node.invalid,
});

describe('select and date inside <dvc-form> (ADR 0019)', () => {
  it('are native controls in the form’s tree, with no element or shadow root per field', async () => {
    const form = await mount();
    expect(fieldView(form, '/province').native).to.equal(true);
    expect(fieldView(form, '/province').input.localName).to.equal('select');
    expect(fieldView(form, '/birthDate').native).to.equal(true);
    expect(boxes(form).map((input) => input.id.replace(/^f\d+-/, ''))).to.deep.equal(['day', 'month', 'year']);
    expect(form.shadowRoot!.querySelectorAll('dvc-select, dvc-date-input').length).to.equal(0);
  });

  it('give Chromium the same names, descriptions and states as the standalone elements, errors shown', async () => {
    const form = await mount();
    form.validate();
    await settle(form);
    const provinceError = fieldView(form, '/province').error;
    const dateError = fieldView(form, '/birthDate').error;
    expect(provinceError).to.not.equal('');
    expect(dateError).to.not.equal('');
    const select = await standalone<HTMLElement>(
      html`<dvc-select
        lang="vi"
        label="Tỉnh, thành phố"
        hint="Nơi nộp hồ sơ"
        required
        .options=${provinces.map((name) => ({ value: name, label: name }))}
        .error=${provinceError}
      ></dvc-select>`,
    );
    const inForm = await axNode(fieldView(form, '/province').input);
    expect(facts(inForm)).to.deep.equal(facts(await axNode(select.shadowRoot!.querySelector('select')!)));
    expect([inForm.role, inForm.name]).to.deep.equal(['combobox', 'Tỉnh, thành phố (bắt buộc)']);
    expect(inForm.description).to.equal(`Nơi nộp hồ sơ Lỗi: ${provinceError}`);

    const date = await standalone<HTMLElement>(
      html`<dvc-date-input
        lang="vi"
        label="Ngày sinh"
        hint="Ví dụ 17 05 1990"
        required
        .error=${dateError}
      ></dvc-date-input>`,
    );
    const group = await axNode(fieldView(form, '/birthDate').root.querySelector('fieldset')!);
    expect(facts(group)).to.deep.equal(facts(await axNode(date.shadowRoot!.querySelector('fieldset')!)));
    expect([group.role, group.name, group.description]).to.deep.equal([
      'group',
      'Ngày sinh (bắt buộc)',
      `Ví dụ 17 05 1990 Lỗi: ${dateError}`,
    ]);
    const names = (await axNodes(boxes(form))).map((node) => node.name);
    expect(names).to.deep.equal(['Ngày', 'Tháng', 'Năm']);
    const violations = await axeViolations(form);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
  });

  it('show the data and send what the citizen chooses and types back to it', async () => {
    const form = await mount({ province: 'Huế', birthDate: '1990-03-14' });
    const select = fieldView(form, '/province').input as unknown as HTMLSelectElement;
    expect(select.value).to.equal('Huế');
    expect(boxes(form).map((input) => input.value)).to.deep.equal(['14', '03', '1990']);
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(form);
    expect((form.value as Record<string, unknown>)['province']).to.equal('Lai Châu');
    const [day, month] = boxes(form) as [HTMLInputElement, HTMLInputElement];
    day.select();
    await sendKeys({ type: '17' });
    month.select();
    await sendKeys({ type: '5' });
    await settle(form);
    expect((form.value as Record<string, unknown>)['birthDate']).to.equal('1990-05-17');
    form.value = { province: 'Sơn La', birthDate: '2001-12-03' };
    await settle(form);
    expect(select.value).to.equal('Sơn La');
    expect(boxes(form).map((input) => input.value)).to.deep.equal(['03', '12', '2001']);
  });

  it('keep an incomplete date as typed, say what is missing, and link the summary to the box at fault', async () => {
    const form = await mount({ province: 'Huế' });
    const [day, , year] = boxes(form) as [HTMLInputElement, HTMLInputElement, HTMLInputElement];
    day.focus();
    await sendKeys({ type: '31' });
    year.focus();
    await sendKeys({ type: '2024' });
    await settle(form);
    expect((form.value as Record<string, unknown>)['birthDate'], 'no date yet').to.equal(undefined);
    form.requestSubmit();
    await settle(form);
    const field = fieldView(form, '/birthDate');
    expect(field.error).to.equal('Ngày sinh phải có đủ ngày, tháng và năm');
    expect(
      boxes(form).map((input) => input.value),
      'nothing typed is lost',
    ).to.deep.equal(['31', '', '2024']);
    expect(boxes(form).map((input) => input.getAttribute('aria-invalid'))).to.deep.equal(['false', 'true', 'false']);
    const summary = form.shadowRoot!.querySelector('dvc-error-summary')!;
    const links = [...summary.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')];
    expect(links.map((link) => link.textContent!.trim())).to.deep.equal([field.error]);
    links[0]!.click();
    await settle(form);
    expect(deepActive(), 'the month box, the one at fault').to.equal(boxes(form)[1]);
    await sendKeys({ type: '4' });
    await settle(form);
    expect(fieldView(form, '/birthDate').error, 'April has no 31st').to.equal('Ngày sinh phải là một ngày có thật');
  });

  it('show the required errors on submit, linked from the summary to the native controls', async () => {
    const form = await mount();
    form.requestSubmit();
    await settle(form);
    const summary = form.shadowRoot!.querySelector('dvc-error-summary')!;
    const links = [...summary.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')];
    expect(links.map((link) => link.textContent!.trim())).to.deep.equal([
      fieldView(form, '/province').error,
      fieldView(form, '/birthDate').error,
    ]);
    expect(fieldView(form, '/province').input.getAttribute('aria-invalid')).to.equal('true');
    links[0]!.click();
    await settle(form);
    expect(deepActive()).to.equal(fieldView(form, '/province').input);
    links[1]!.click();
    await settle(form);
    expect(deepActive(), 'the day box').to.equal(boxes(form)[0]);
  });
});

describe('locked prefill on select and date (ADR 0018, 0019)', () => {
  const lockedSchema = {
    type: 'object',
    properties: {
      sex: {
        type: 'string',
        title: 'Giới tính',
        'x-widget': 'select',
        oneOf: [
          { const: 'nam', title: 'Nam' },
          { const: 'nu', title: 'Nữ' },
        ],
        'x-prefill': { from: 'sex', policy: 'locked', map: { male: 'nam', female: 'nu' } },
      },
      birthDate: {
        type: 'string',
        format: 'date',
        title: 'Ngày sinh',
        'x-prefill': { from: 'birthDate', policy: 'locked' },
      },
    },
  };
  const identity: IdentityState = {
    citizen: {
      personalId: '001190012345',
      fullName: 'Trần Thị Thu Hà',
      birthDate: '1990-03-14',
      sex: 'female',
      assurance: { source: 'vneid', level: '2', retrievedAt: '2026-11-25T08:00:00+07:00' },
    },
    prefillToken: 'opaque.signed.token',
  };

  beforeEach(() => sessionStorage.clear());

  it('keeps them focusable, announced read-only with their source, and unchangeable by keyboard', async () => {
    const form = await fixture<DvcForm>(
      html`<dvc-form lang="vi" identity-consent="accepted" .schema=${lockedSchema} .identity=${identity}></dvc-form>`,
    );
    await settle(form);
    expect(form.value).to.deep.equal({ sex: 'nu', birthDate: '1990-03-14' });
    const select = fieldView(form, '/sex').input as unknown as HTMLSelectElement;
    expect(fieldView(form, '/sex').readonly).to.equal(true);
    expect(select.disabled).to.equal(false);
    // Chromium's DevTools protocol reports `readonly` for text fields only (as in select.test.ts).
    expect(select.getAttribute('aria-readonly')).to.equal('true');
    expect([...select.options].filter((option) => !option.disabled).map((option) => option.value)).to.deep.equal([
      'nu',
    ]);
    const selectNode = await axNode(select);
    expect([selectNode.role, selectNode.name, selectNode.disabled ?? false]).to.deep.equal([
      'combobox',
      'Giới tính',
      false,
    ]);
    expect(selectNode.description).to.contain('Đã xác thực từ Cơ sở dữ liệu quốc gia về dân cư');
    select.focus();
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Home' });
    await settle(form);
    expect(select.value).to.equal('nu');
    expect(form.value).to.deep.equal({ sex: 'nu', birthDate: '1990-03-14' });

    const date = fieldView(form, '/birthDate');
    expect(date.readonly).to.equal(true);
    expect(date.verified).to.equal(true);
    const group = await axNode(date.root.querySelector('fieldset')!);
    expect(group.description).to.contain('Đã xác thực từ Cơ sở dữ liệu quốc gia về dân cư');
    const nodes = await axNodes(boxes(form));
    expect(nodes.map((node) => node.readonly)).to.deep.equal([true, true, true]);
    boxes(form)[0]!.focus();
    expect(deepActive()).to.equal(boxes(form)[0]);
    await sendKeys({ type: '9' });
    await settle(form);
    expect(boxes(form).map((input) => input.value)).to.deep.equal(['14', '03', '1990']);
    expect(form.value).to.deep.equal({ sex: 'nu', birthDate: '1990-03-14' });
  });
});
