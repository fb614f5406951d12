import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  axeViolations,
  axNode,
  describeViolations,
  flattenAx,
  type AxNode,
} from '../../../../test/support/accessibility.js';
import '../text-input/define.js';
import './define.js';
import type { DvcFieldset } from './fieldset.js';

const nativeFieldset = (element: DvcFieldset): HTMLFieldSetElement => element.shadowRoot!.querySelector('fieldset')!;

type AxNodeWithLevel = AxNode & { level?: number };

describe('dvc-fieldset', () => {
  it('is a group named by the legend and described by the hint in Chromium', async () => {
    const element = await fixture<DvcFieldset>(
      html`<dvc-fieldset legend="Địa chỉ thường trú" hint="Ghi theo đơn vị hành chính sau ngày 1/7/2025">
        <dvc-text-input name="soNha" label="Số nhà, tên đường"></dvc-text-input>
        <dvc-text-input name="xa" label="Xã, phường hoặc đặc khu"></dvc-text-input>
      </dvc-fieldset>`,
    );
    const node = await axNode(nativeFieldset(element));
    expect(node.role).to.equal('group');
    expect(node.name).to.equal('Địa chỉ thường trú');
    expect(node.description).to.equal('Ghi theo đơn vị hành chính sau ngày 1/7/2025');
    const textboxes = flattenAx(node)
      .filter((child) => child.role === 'textbox')
      .map((child) => child.name);
    expect(textboxes, 'the slotted controls are inside the group').to.deep.equal([
      'Số nhà, tên đường',
      'Xã, phường hoặc đặc khu',
    ]);
  });

  it('has no description without a hint', async () => {
    const element = await fixture<DvcFieldset>(html`<dvc-fieldset legend="Giới tính"></dvc-fieldset>`);
    expect(nativeFieldset(element).hasAttribute('aria-describedby')).to.equal(false);
    expect(element.shadowRoot!.querySelector('#hint')).to.equal(null);
    const node = await axNode(nativeFieldset(element));
    expect(node.description ?? '').to.equal('');
  });

  it('puts the legend text in an h1 or h2 when it is the page heading, and keeps it as the group name', async () => {
    const element = await fixture<DvcFieldset>(
      html`<dvc-fieldset legend="Nơi ở hiện tại của bạn ở đâu?" heading="h1" size="l"></dvc-fieldset>`,
    );
    const legend = element.shadowRoot!.querySelector('legend')!;
    expect(legend.querySelector('h1')!.textContent).to.equal('Nơi ở hiện tại của bạn ở đâu?');
    const node = await axNode(nativeFieldset(element));
    expect(node.role).to.equal('group');
    expect(node.name).to.equal('Nơi ở hiện tại của bạn ở đâu?');
    const heading = flattenAx(node).find((child) => child.role === 'heading') as AxNodeWithLevel | undefined;
    expect(heading?.name).to.equal('Nơi ở hiện tại của bạn ở đâu?');
    expect(heading?.level).to.equal(1);

    element.heading = 'h2';
    await element.updateComplete;
    expect(legend.querySelector('h1')).to.equal(null);
    expect(((await axNode(legend.querySelector('h2')!)) as AxNodeWithLevel).level).to.equal(2);

    element.heading = undefined;
    await element.updateComplete;
    expect(legend.querySelector('h1, h2')).to.equal(null);
    expect(legend.textContent).to.equal('Nơi ở hiện tại của bạn ở đâu?');
  });

  it('sizes the legend as a small, medium or large heading', async () => {
    const element = await fixture<DvcFieldset>(html`<dvc-fieldset legend="Thông tin người khai"></dvc-fieldset>`);
    const legend = element.shadowRoot!.querySelector('legend')!;
    const sizes: number[] = [];
    for (const size of [undefined, 's', 'm', 'l'] as const) {
      element.size = size;
      await element.updateComplete;
      sizes.push(parseFloat(getComputedStyle(legend).fontSize));
    }
    expect(sizes).to.deep.equal([...sizes].sort((a, b) => a - b));
    expect(new Set(sizes).size).to.equal(4);
    expect(getComputedStyle(legend).fontWeight).to.equal('700');
  });

  it('leaves slotted dvc controls working in a native form: data, validation, focus, reset, disabled', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset style="border:0;margin:0;padding:0">
          <dvc-fieldset legend="Người liên hệ">
            <dvc-text-input name="hoTen" label="Họ và tên" value="Phạm Thị Lan"></dvc-text-input>
            <dvc-text-input name="dienThoai" label="Số điện thoại" required></dvc-text-input>
          </dvc-fieldset>
        </fieldset>
      </form>`,
    );
    const [name, phone] = [...form.querySelectorAll('dvc-text-input')];
    await Promise.all([name!.updateComplete, phone!.updateComplete]);
    expect(name!.form).to.equal(form);
    expect(new FormData(form).get('hoTen')).to.equal('Phạm Thị Lan');

    let submitted = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted += 1;
    });
    form.requestSubmit();
    await phone!.updateComplete;
    expect(submitted, 'an invalid control inside the group blocks submission').to.equal(0);
    expect(document.activeElement, 'focus moves to the invalid control').to.equal(phone);
    await sendKeys({ type: '0912345678' });
    await phone!.updateComplete;
    form.requestSubmit();
    expect(submitted).to.equal(1);
    expect(new FormData(form).get('dienThoai')).to.equal('0912345678');

    form.reset();
    await phone!.updateComplete;
    expect(new FormData(form).get('dienThoai')).to.equal('');

    form.querySelector('fieldset')!.disabled = true;
    await Promise.all([name!.updateComplete, phone!.updateComplete]);
    expect(name!.matches(':disabled')).to.equal(true);
    expect(new FormData(form).has('hoTen')).to.equal(false);
  });

  it('has no axe violations: plain, with hint and controls, as a page heading, with an error inside', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div lang="vi">
        <dvc-fieldset legend="Giới tính"></dvc-fieldset>
        <dvc-fieldset legend="Địa chỉ thường trú" hint="Ghi theo đơn vị hành chính mới" size="m">
          <dvc-text-input name="xa" label="Xã, phường hoặc đặc khu" required></dvc-text-input>
        </dvc-fieldset>
        <dvc-fieldset legend="Nơi ở hiện tại của bạn ở đâu?" heading="h1" size="l">
          <dvc-text-input name="noiO" label="Địa chỉ"></dvc-text-input>
        </dvc-fieldset>
      </div>`,
    );
    await nextFrame();
    let violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
    const required = container.querySelector('dvc-text-input[required]') as HTMLElement & {
      showValidation(): void;
      updateComplete: Promise<boolean>;
    };
    required.showValidation();
    await required.updateComplete;
    violations = await axeViolations(container);
    expect(violations, `with an error: ${describeViolations(violations)}`).to.deep.equal([]);
  });
});
