import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { axeViolations, axNode, describeViolations, flattenAx } from '../../../../test/support/accessibility.js';
import './define.js';
import type { DvcButton } from './button.js';

interface Mounted {
  form: HTMLFormElement;
  button: DvcButton;
  input: HTMLInputElement;
  submits: FormData[];
  resets: number;
}

/** A form with a native input (default "Nguyễn Văn An"), the button, and counters. Submission never navigates. */
async function mountForm(button: ReturnType<typeof html>): Promise<Mounted> {
  const form = await fixture<HTMLFormElement>(
    html`<form>
      <label>Họ và tên <input name="hoTen" value="Nguyễn Văn An" /></label>
      ${button}
    </form>`,
  );
  const mounted: Mounted = {
    form,
    button: form.querySelector('dvc-button')!,
    input: form.querySelector('input')!,
    submits: [],
    resets: 0,
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    mounted.submits.push(new FormData(form));
  });
  form.addEventListener('reset', () => (mounted.resets += 1));
  await mounted.button.updateComplete;
  return mounted;
}

const inner = (button: DvcButton): HTMLButtonElement => button.shadowRoot!.querySelector('button')!;

/** The button acts one task after the click, as a native button acts after the click has bubbled. */
const settle = (): Promise<void> => aTimeout(5);

describe('dvc-button', () => {
  it('is a native button named by its slotted text', async () => {
    const button = await fixture<DvcButton>(html`<dvc-button>Tiếp tục</dvc-button>`);
    const node = await axNode(inner(button));
    expect(node.role).to.equal('button');
    expect(node.name).to.equal('Tiếp tục');
    expect(button.type).to.equal('submit');
    expect(inner(button).type, 'the inner button never acts on its own').to.equal('button');
  });

  it('submits the enclosing form when clicked, adding name=value only for that submission', async () => {
    const { form, button, submits } = await mountForm(
      html`<dvc-button name="hanhDong" value="guiHoSo">Gửi hồ sơ</dvc-button>`,
    );
    inner(button).click();
    await settle();
    expect(submits).to.have.length(1);
    expect(submits[0]!.get('hoTen')).to.equal('Nguyễn Văn An');
    expect(submits[0]!.get('hanhDong')).to.equal('guiHoSo');
    expect(new FormData(form).has('hanhDong'), 'not in form data otherwise').to.equal(false);
  });

  it('does not add its value when the form is submitted another way', async () => {
    const { form, submits } = await mountForm(html`<dvc-button name="hanhDong" value="guiHoSo">Gửi hồ sơ</dvc-button>`);
    form.requestSubmit();
    expect(submits).to.have.length(1);
    expect(submits[0]!.has('hanhDong')).to.equal(false);
  });

  it('is reached with Tab and activated with Enter and with Space', async () => {
    const { button, submits } = await mountForm(html`<dvc-button>Tiếp tục</dvc-button>`);
    const input = button.form!.querySelector('input')!;
    input.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(button);
    expect(button.shadowRoot!.activeElement).to.equal(inner(button));
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(submits).to.have.length(1);
    await sendKeys({ press: 'Space' });
    await settle();
    expect(submits).to.have.length(2);
  });

  it('resets the form with type="reset" and does not submit', async () => {
    const { button, input, submits } = await mountForm(
      html`<dvc-button type="reset" variant="secondary">Xóa hết</dvc-button>`,
    );
    input.value = 'Trần Thị Bình';
    inner(button).click();
    await settle();
    expect(input.value).to.equal('Nguyễn Văn An');
    expect(submits).to.have.length(0);
  });

  it('does neither with type="button"', async () => {
    const mounted = await mountForm(html`<dvc-button type="button" variant="secondary">Xem trước</dvc-button>`);
    mounted.input.value = 'Trần Thị Bình';
    let clicks = 0;
    mounted.button.addEventListener('click', () => (clicks += 1));
    inner(mounted.button).click();
    await settle();
    expect(clicks, 'the host still reports the click').to.equal(1);
    expect(mounted.submits).to.have.length(0);
    expect(mounted.resets).to.equal(0);
    expect(mounted.input.value).to.equal('Trần Thị Bình');
  });

  it('does nothing when disabled, and is not focusable', async () => {
    const mounted = await mountForm(html`<dvc-button disabled>Gửi hồ sơ</dvc-button>`);
    const { button } = mounted;
    expect(button.matches(':disabled')).to.equal(true);
    expect(inner(button).disabled).to.equal(true);
    let clicks = 0;
    button.addEventListener('click', () => (clicks += 1));
    button.click();
    inner(button).click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    await settle();
    expect(mounted.submits).to.have.length(0);
    expect(clicks, 'no click reaches page listeners').to.equal(0);
    button.focus();
    expect(document.activeElement).to.not.equal(button);
    expect((await axNode(inner(button))).disabled).to.equal(true);
  });

  it('is disabled by fieldset[disabled], and enabled again with it', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset disabled>
          <legend>Xác nhận</legend>
          <dvc-button>Gửi hồ sơ</dvc-button>
        </fieldset>
      </form>`,
    );
    let submits = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submits += 1;
    });
    const button = form.querySelector('dvc-button')!;
    await button.updateComplete;
    expect(button.matches(':disabled')).to.equal(true);
    expect(inner(button).disabled).to.equal(true);
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    await settle();
    expect(submits).to.equal(0);

    form.querySelector('fieldset')!.disabled = false;
    await button.updateComplete;
    expect(inner(button).disabled).to.equal(false);
    inner(button).click();
    await settle();
    expect(submits).to.equal(1);
  });

  it('lets a click listener cancel the action, as with native buttons', async () => {
    const { form, button, submits } = await mountForm(html`<dvc-button>Gửi hồ sơ</dvc-button>`);
    form.addEventListener('click', (event) => event.preventDefault());
    inner(button).click();
    await settle();
    expect(submits).to.have.length(0);
  });

  it('submits the form named by its form attribute, and nothing outside a form', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div>
        <form id="hoSo"><input name="maHoSo" value="HS-2026-000123" /></form>
        <dvc-button form="hoSo">Gửi</dvc-button>
        <dvc-button id="lone">Không có biểu mẫu</dvc-button>
      </div>`,
    );
    const form = container.querySelector('form')!;
    let submits = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submits += 1;
    });
    const [linked, lone] = [...container.querySelectorAll('dvc-button')] as [DvcButton, DvcButton];
    expect(linked.form).to.equal(form);
    expect(lone.form).to.equal(null);
    inner(lone).click();
    await settle();
    expect(submits).to.equal(0);
    inner(linked).click();
    await settle();
    expect(submits).to.equal(1);
  });

  it('start button: a bold button with an arrow hidden from assistive technology', async () => {
    const button = await fixture<DvcButton>(html`<dvc-button variant="start">Bắt đầu</dvc-button>`);
    const icon = button.shadowRoot!.querySelector('svg')!;
    expect(icon.getAttribute('aria-hidden')).to.equal('true');
    expect(icon.getAttribute('focusable')).to.equal('false');
    const node = await axNode(inner(button));
    expect(node.name).to.equal('Bắt đầu');
    expect(flattenAx(node).some((child) => child.role === 'image' || child.role === 'graphics-symbol')).to.equal(false);
    button.variant = 'primary';
    await button.updateComplete;
    expect(button.shadowRoot!.querySelector('svg')).to.equal(null);
  });

  it('offers a target of at least 44 by 44 CSS pixels', async () => {
    const button = await fixture<DvcButton>(html`<dvc-button type="button">X</dvc-button>`);
    const box = inner(button).getBoundingClientRect();
    expect(box.height).to.be.at.least(44);
    expect(box.width).to.be.at.least(44);
  });

  it('has no axe violations in every variant and state', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div lang="vi">
        <form>
          <dvc-button>Tiếp tục</dvc-button>
          <dvc-button variant="secondary" type="button">Lưu bản nháp</dvc-button>
          <dvc-button variant="warning" type="button">Hủy hồ sơ</dvc-button>
          <dvc-button variant="start" type="button">Bắt đầu ngay</dvc-button>
          <dvc-button disabled>Gửi hồ sơ</dvc-button>
          <fieldset disabled>
            <legend>Xác nhận</legend>
            <dvc-button type="reset" variant="secondary">Nhập lại</dvc-button>
          </fieldset>
        </form>
      </div>`,
    );
    await Promise.all([...container.querySelectorAll('dvc-button')].map((button) => button.updateComplete));
    let violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
    container.querySelector('dvc-button')!.focus();
    violations = await axeViolations(container);
    expect(violations, `focused: ${describeViolations(violations)}`).to.deep.equal([]);
  });
});
