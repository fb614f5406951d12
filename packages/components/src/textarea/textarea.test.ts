import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { describeControlContract } from '../../../../test/support/control-contract.js';
import { axeViolations, axNode, describeViolations } from '../../../../test/support/accessibility.js';
import './define.js';
import type { DvcTextarea } from './textarea.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeControlContract<DvcTextarea>({
  tag: 'dvc-textarea',
  defaultValueAttribute: 'Xin cấp lại giấy khai sinh',
  defaultEntries: ['Xin cấp lại giấy khai sinh'],
  changeByKeyboard: async () => {
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' bản sao' });
  },
  changedEntries: ['Xin cấp lại giấy khai sinh bản sao'],
  restore: { state: 'Giấy khai sinh bị rách\nCần cấp lại', entries: ['Giấy khai sinh bị rách\nCần cấp lại'] },
  role: 'textbox',
  namedElement: (element) => element.shadowRoot!.querySelector('textarea')!,
  requiredMessage: /Nhập họ và tên chủ hộ/,
});

describe('dvc-textarea', () => {
  const textareaOf = (element: DvcTextarea) => element.shadowRoot!.querySelector('textarea')!;
  const countOf = (element: DvcTextarea) => element.shadowRoot!.querySelector<HTMLElement>('[part="count"]');
  const liveOf = (element: DvcTextarea) => element.shadowRoot!.querySelector<HTMLElement>('[aria-live]');

  it('puts rows, autocomplete and spellcheck on the real textarea, and is multi-line in the accessibility tree', async () => {
    const element = await fixture<DvcTextarea>(
      html`<dvc-textarea label="Địa chỉ" rows="3" autocomplete="street-address" spellcheck="false"></dvc-textarea>`,
    );
    const textarea = textareaOf(element);
    expect(textarea.rows).to.equal(3);
    expect(textarea.getAttribute('autocomplete')).to.equal('street-address');
    expect(textarea.getAttribute('spellcheck')).to.equal('false');
    const node = await axNode(textarea);
    expect(node.role).to.equal('textbox');
    expect(node.name).to.equal('Địa chỉ');
  });

  it('defaults to 5 rows and leaves spellcheck to the browser', async () => {
    const element = await fixture<DvcTextarea>(html`<dvc-textarea label="Nội dung"></dvc-textarea>`);
    expect(textareaOf(element).rows).to.equal(5);
    expect(textareaOf(element).hasAttribute('spellcheck')).to.equal(false);
  });

  it('stores Vietnamese text in NFC', async () => {
    const element = await fixture<DvcTextarea>(html`<dvc-textarea label="Nội dung"></dvc-textarea>`);
    element.focus();
    await sendKeys({ type: 'Nguye\u0302\u0303n Va\u0306n' });
    expect(element.value).to.equal('Nguyễn Văn');
    expect(element.value).to.equal(element.value.normalize('NFC'));
  });

  it('inserts a new line on Enter and never submits the form', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><dvc-textarea name="reason" label="Lý do"></dvc-textarea></form>`,
    );
    let submitted = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted = true;
    });
    const element = form.querySelector('dvc-textarea')!;
    element.focus();
    await sendKeys({ type: 'Dòng một' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'Dòng hai' });
    expect(submitted).to.equal(false);
    expect(element.value).to.equal('Dòng một\nDòng hai');
    expect(new FormData(form).get('reason')).to.equal('Dòng một\nDòng hai');
  });

  it('has no character count without maxlength', async () => {
    const element = await fixture<DvcTextarea>(html`<dvc-textarea label="Nội dung"></dvc-textarea>`);
    expect(countOf(element)).to.equal(null);
    expect(liveOf(element)).to.equal(null);
  });

  it('shows the characters remaining as the citizen types, counting Vietnamese letters once', async () => {
    const element = await fixture<DvcTextarea>(html`<dvc-textarea label="Lý do" maxlength="20"></dvc-textarea>`);
    expect(countOf(element)!.textContent!.trim()).to.equal('Còn lại 20 ký tự');
    element.focus();
    await sendKeys({ type: 'Nguye\u0302\u0303n' });
    await element.updateComplete;
    expect(countOf(element)!.textContent!.trim()).to.equal('Còn lại 14 ký tự');
    expect(countOf(element)!.getAttribute('aria-hidden'), 'the visible count is not read on every keystroke').to.equal(
      'true',
    );
  });

  it('keeps text over the limit, says how many too many, and is invalid with tooLong', async () => {
    const element = await fixture<DvcTextarea>(html`<dvc-textarea label="Lý do" maxlength="5"></dvc-textarea>`);
    element.focus();
    await sendKeys({ type: 'Mất giấy tờ' });
    await element.updateComplete;
    expect(element.value, 'nothing is cut off').to.equal('Mất giấy tờ');
    expect(countOf(element)!.textContent!.trim()).to.equal('Bạn đã nhập thừa 6 ký tự');
    expect(countOf(element)!.classList.contains('count--over')).to.equal(true);
    expect(element.validity.tooLong).to.equal(true);
    expect(element.validationMessage).to.equal('Lý do phải có nhiều nhất 5 ký tự');
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await element.updateComplete;
    expect(countOf(element)!.textContent!.trim()).to.equal('Còn lại 0 ký tự');
    expect(element.validity.valid).to.equal(true);
  });

  it('uses English plurals in English', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div lang="en"><dvc-textarea label="Reason" maxlength="2"></dvc-textarea></div>`,
    );
    const element = container.querySelector('dvc-textarea')!;
    await element.updateComplete;
    expect(countOf(element)!.textContent!.trim()).to.equal('You have 2 characters remaining');
    element.value = 'a';
    await element.updateComplete;
    expect(countOf(element)!.textContent!.trim()).to.equal('You have 1 character remaining');
    element.value = 'abc';
    await element.updateComplete;
    expect(countOf(element)!.textContent!.trim()).to.equal('You have 1 character too many');
    element.value = 'abcdef';
    await element.updateComplete;
    expect(countOf(element)!.textContent!.trim()).to.equal('You have 4 characters too many');
    container.setAttribute('lang', 'vi');
    await wait(0);
    await element.updateComplete;
    expect(countOf(element)!.textContent!.trim()).to.equal('Bạn đã nhập thừa 4 ký tự');
  });

  it('announces the count politely once typing pauses, not on every keystroke', async () => {
    const element = await fixture<DvcTextarea>(
      html`<dvc-textarea label="Lý do" maxlength="50" announce-delay="400"></dvc-textarea>`,
    );
    const live = liveOf(element)!;
    expect(live.getAttribute('aria-live')).to.equal('polite');
    expect(live.textContent!.trim(), 'silent before any typing').to.equal('');
    const changes: string[] = [];
    const observer = new MutationObserver(() => changes.push(live.textContent!.trim()));
    observer.observe(live, { childList: true, characterData: true, subtree: true });
    element.focus();
    await sendKeys({ type: 'Mất ví' });
    await element.updateComplete;
    expect(live.textContent!.trim(), 'nothing announced while typing').to.equal('');
    await wait(600);
    await element.updateComplete;
    observer.disconnect();
    expect(live.textContent!.trim()).to.equal('Còn lại 44 ký tự');
    expect(
      changes.filter((text) => text !== ''),
      'one announcement for the whole burst',
    ).to.deep.equal(['Còn lại 44 ký tự']);
  });

  it('describes the limit to assistive technology after the hint, and the error after that', async () => {
    const element = await fixture<DvcTextarea>(
      html`<dvc-textarea label="Lý do" hint="Ghi ngắn gọn" maxlength="200" error="Nhập lý do"></dvc-textarea>`,
    );
    const node = await axNode(textareaOf(element));
    expect(node.name).to.equal('Lý do');
    expect(node.description).to.equal('Bạn có thể nhập tối đa 200 ký tự Ghi ngắn gọn Lỗi: Nhập lý do');
    expect(node.invalid).to.equal('true');
  });

  it('checks the minimum length with a plain-language message', async () => {
    const element = await fixture<DvcTextarea>(
      html`<dvc-textarea label="Lý do" minlength="10" value="Mất"></dvc-textarea>`,
    );
    expect(element.validity.tooShort).to.equal(true);
    expect(element.validationMessage).to.equal('Lý do phải có ít nhất 10 ký tự');
    element.value = '';
    await element.updateComplete;
    expect(element.validity.valid, 'an empty optional field is fine').to.equal(true);
  });

  it('fires dvc-input with the value and change when committed', async () => {
    const element = await fixture<DvcTextarea>(html`<dvc-textarea name="reason" label="Lý do"></dvc-textarea>`);
    const inputs: unknown[] = [];
    let changes = 0;
    element.addEventListener('dvc-input', (event) => inputs.push(event.detail));
    element.addEventListener('change', () => (changes += 1));
    element.focus();
    await sendKeys({ type: 'ab' });
    element.blur();
    expect(inputs).to.deep.equal([
      { name: 'reason', value: 'a' },
      { name: 'reason', value: 'ab' },
    ]);
    expect(changes).to.equal(1);
  });

  it('has no axe violations with a count, over the limit and with an error', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div>
        <dvc-textarea label="Lý do" hint="Ghi ngắn gọn" maxlength="10"></dvc-textarea>
        <dvc-textarea label="Nội dung" maxlength="3" value="Quá dài" required></dvc-textarea>
      </div>`,
    );
    const over = container.querySelectorAll('dvc-textarea')[1]!;
    over.showValidation();
    await over.updateComplete;
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
  });
});
