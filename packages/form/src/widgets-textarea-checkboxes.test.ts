import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@dvc/components/textarea/define.js';
import '@dvc/components/checkboxes/define.js';
import { axeViolations, axNode, axNodes, describeViolations } from '../../../test/support/accessibility.js';
import { fieldView } from '../../../test/support/form-fields.js';
import { settle } from '../../../test/support/settle.js';
import './define.js';
import type { DvcForm } from './form.js';

// Textarea and checkboxes render from their shared templates in the form's shadow root (ADR 0019).
const documents = [
  { const: 'can-cuoc', title: 'Thẻ căn cước' },
  { const: 'ho-chieu', title: 'Hộ chiếu' },
  { const: 'giay-khai-sinh', title: 'Giấy khai sinh' },
];
const schema = {
  type: 'object',
  required: ['reason', 'papers'],
  properties: {
    reason: { type: 'string', title: 'Lý do', description: 'Viết ngắn gọn', maxLength: 300 },
    papers: {
      type: 'array',
      title: 'Giấy tờ kèm theo',
      description: 'Chọn tất cả giấy tờ bạn có',
      items: { type: 'string', oneOf: documents },
      uniqueItems: true,
      minItems: 1,
    },
  },
};

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function mount(value?: unknown, formSchema: unknown = schema): Promise<DvcForm> {
  const form = await fixture<DvcForm>(html`<dvc-form lang="vi" .schema=${formSchema} .value=${value}></dvc-form>`);
  await settle(form);
  return form;
}

function checkboxes(form: DvcForm): HTMLInputElement[] {
  return [...fieldView(form, '/papers').root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
}

const facts = (node: Awaited<ReturnType<typeof axNode>>) => ({
  role: node.role,
  name: node.name,
  description: node.description,
  required: node.required,
  invalid: node.invalid,
});

describe('textarea and checkboxes inside <dvc-form> (ADR 0019)', () => {
  it('are native controls in the form’s tree, named and described as by the standalone elements', async () => {
    const form = await mount();
    expect(form.shadowRoot!.querySelectorAll('dvc-textarea, dvc-checkboxes').length).to.equal(0);
    expect(fieldView(form, '/reason').input.localName).to.equal('textarea');
    form.validate();
    await settle(form);
    const reasonError = fieldView(form, '/reason').error;
    const papersError = fieldView(form, '/papers').error;
    expect(reasonError).to.not.equal('');
    expect(papersError).to.not.equal('');
    const textarea = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
      html`<dvc-textarea
        lang="vi"
        label="Lý do"
        hint="Viết ngắn gọn"
        required
        maxlength="300"
        .error=${reasonError}
      ></dvc-textarea>`,
    );
    await textarea.updateComplete;
    const inForm = await axNode(fieldView(form, '/reason').input);
    expect(facts(inForm)).to.deep.equal(facts(await axNode(textarea.shadowRoot!.querySelector('textarea')!)));
    expect([inForm.role, inForm.name, inForm.description]).to.deep.equal([
      'textbox',
      'Lý do (bắt buộc)',
      `Bạn có thể nhập tối đa 300 ký tự Viết ngắn gọn Lỗi: ${reasonError}`,
    ]);

    const group = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
      html`<dvc-checkboxes
        lang="vi"
        label="Giấy tờ kèm theo"
        hint="Chọn tất cả giấy tờ bạn có"
        required
        .options=${documents.map((option) => ({ value: option.const, label: option.title }))}
        .error=${papersError}
      ></dvc-checkboxes>`,
    );
    await group.updateComplete;
    const fieldset = await axNode(fieldView(form, '/papers').root.querySelector('fieldset')!);
    expect(facts(fieldset)).to.deep.equal(facts(await axNode(group.shadowRoot!.querySelector('fieldset')!)));
    expect([fieldset.role, fieldset.name, fieldset.description]).to.deep.equal([
      'group',
      'Giấy tờ kèm theo (bắt buộc)',
      `Chọn tất cả giấy tờ bạn có Lỗi: ${papersError}`,
    ]);
    const names = (await axNodes(checkboxes(form))).map((node) => [node.role, node.name]);
    expect(names).to.deep.equal([
      ['checkbox', 'Thẻ căn cước'],
      ['checkbox', 'Hộ chiếu'],
      ['checkbox', 'Giấy khai sinh'],
    ]);
    const violations = await axeViolations(form);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
  });

  it('show the data, keep text as typed, count characters and send what the citizen does back', async () => {
    const form = await mount({ reason: 'Mất thẻ', papers: ['ho-chieu'] });
    const reason = fieldView(form, '/reason').input as unknown as HTMLTextAreaElement;
    expect(reason.value).to.equal('Mất thẻ');
    expect(checkboxes(form).map((box) => box.checked)).to.deep.equal([false, true, false]);
    reason.focus();
    reason.setSelectionRange(reason.value.length, reason.value.length);
    await sendKeys({ type: ' cũ ' });
    await settle(form);
    expect(reason.value, 'the trailing space stays while typing').to.equal('Mất thẻ cũ ');
    expect((form.value as Record<string, unknown>)['reason']).to.equal('Mất thẻ cũ');
    const count = fieldView(form, '/reason').root.querySelector('.count')!;
    expect(count.textContent).to.equal('Còn lại 289 ký tự');
    const live = fieldView(form, '/reason').root.querySelector('[aria-live="polite"]')!;
    expect(live.textContent, 'not on every keystroke').to.equal('');
    await new Promise((resolve) => setTimeout(resolve, 1300));
    expect(live.textContent, 'once typing pauses').to.equal('Còn lại 289 ký tự');
    checkboxes(form)[0]!.focus();
    await sendKeys({ press: 'Space' });
    await settle(form);
    expect((form.value as Record<string, unknown>)['papers']).to.deep.equal(['can-cuoc', 'ho-chieu']);
    checkboxes(form)[1]!.click();
    await settle(form);
    expect((form.value as Record<string, unknown>)['papers']).to.deep.equal(['can-cuoc']);
    form.value = { reason: 'Đổi thẻ', papers: ['giay-khai-sinh'] };
    await settle(form);
    expect(reason.value).to.equal('Đổi thẻ');
    expect(checkboxes(form).map((box) => box.checked)).to.deep.equal([false, false, true]);
  });

  it('show the errors on submit, linked from the summary to the native controls', async () => {
    const form = await mount();
    form.requestSubmit();
    await settle(form);
    const summary = form.shadowRoot!.querySelector('dvc-error-summary')!;
    const links = [...summary.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')];
    expect(links.map((link) => link.textContent!.trim())).to.deep.equal([
      fieldView(form, '/reason').error,
      fieldView(form, '/papers').error,
    ]);
    expect(fieldView(form, '/reason').input.getAttribute('aria-invalid')).to.equal('true');
    links[0]!.click();
    await settle(form);
    expect(deepActive()).to.equal(fieldView(form, '/reason').input);
    links[1]!.click();
    await settle(form);
    expect(deepActive(), 'the first checkbox').to.equal(checkboxes(form)[0]);
  });

  it('keep read-only values: focusable, announced read-only, unchangeable', async () => {
    const readonlySchema = {
      type: 'object',
      properties: {
        reason: { ...schema.properties.reason, readOnly: true },
        papers: { ...schema.properties.papers, readOnly: true },
      },
    };
    const form = await mount({ reason: 'Mất thẻ', papers: ['ho-chieu'] }, readonlySchema);
    const reason = fieldView(form, '/reason').input as unknown as HTMLTextAreaElement;
    expect(fieldView(form, '/reason').readonly).to.equal(true);
    expect((await axNode(reason)).readonly).to.equal(true);
    reason.focus();
    await sendKeys({ type: 'x' });
    await settle(form);
    expect(reason.value).to.equal('Mất thẻ');
    const boxes = checkboxes(form);
    expect(boxes.map((box) => [box.disabled, box.getAttribute('aria-readonly')])).to.deep.equal([
      [false, 'true'],
      [false, 'true'],
      [false, 'true'],
    ]);
    boxes[0]!.focus();
    expect(deepActive()).to.equal(boxes[0]);
    await sendKeys({ press: 'Space' });
    boxes[1]!.click();
    await settle(form);
    expect(boxes.map((box) => box.checked)).to.deep.equal([false, true, false]);
    expect(form.value).to.deep.equal({ reason: 'Mất thẻ', papers: ['ho-chieu'] });
  });
});
