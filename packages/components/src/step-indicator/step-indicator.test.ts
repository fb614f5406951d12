import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import {
  axeViolations,
  axNode,
  describeViolations,
  emulateMediaFeatures,
  flattenAx,
} from '../../../../test/support/accessibility.js';
import './define.js';
import type { DvcStepIndicator, StepIndicatorStep } from './step-indicator.js';

const journey: StepIndicatorStep[] = [
  { label: 'Thông tin người đăng ký' },
  { label: 'Nơi thường trú' },
  { label: 'Giấy tờ đính kèm' },
  { label: 'Lệ phí' },
  { label: 'Kiểm tra và gửi' },
];

async function mount(
  options: { steps?: readonly StepIndicatorStep[]; current?: number; variant?: 'compact' | 'list' } = {},
): Promise<{ container: HTMLElement; indicator: DvcStepIndicator }> {
  const container = await fixture<HTMLElement>(
    html`<main lang="vi">
      <dvc-step-indicator></dvc-step-indicator>
      <h1>Nơi thường trú</h1>
    </main>`,
  );
  const indicator = container.querySelector('dvc-step-indicator')!;
  indicator.steps = options.steps ?? journey;
  if (options.current !== undefined) indicator.current = options.current;
  if (options.variant) indicator.variant = options.variant;
  await indicator.updateComplete;
  return { container, indicator };
}

function caption(indicator: DvcStepIndicator): string {
  return indicator.shadowRoot!.querySelector('[part="progress"]')!.textContent!.trim();
}

function items(indicator: DvcStepIndicator): HTMLLIElement[] {
  return [...indicator.shadowRoot!.querySelectorAll('li')];
}

function text(element: Element): string {
  return element.textContent!.replace(/\s+/g, ' ').trim();
}

describe('dvc-step-indicator', () => {
  it('shows "Bước 2 trên 5"', async () => {
    const { indicator } = await mount({ current: 2 });
    expect(caption(indicator)).to.equal('Bước 2 trên 5');
    expect(indicator.currentStep).to.equal(2);
    expect(indicator.stepCount).to.equal(5);
  });

  it('works from attributes alone with total', async () => {
    const container = await fixture<HTMLElement>(
      html`<div lang="vi"><dvc-step-indicator current="3" total="7"></dvc-step-indicator></div>`,
    );
    const indicator = container.querySelector('dvc-step-indicator')!;
    await indicator.updateComplete;
    expect(caption(indicator)).to.equal('Bước 3 trên 7');
    expect(indicator.shadowRoot!.querySelectorAll('.segment')).to.have.length(7);
  });

  it('keeps the current step within the journey', async () => {
    const { indicator } = await mount({ current: 9 });
    expect(caption(indicator)).to.equal('Bước 5 trên 5');
    indicator.current = 0;
    await indicator.updateComplete;
    expect(caption(indicator)).to.equal('Bước 1 trên 5');
  });

  it('takes the current step from a step whose status is current', async () => {
    const { indicator } = await mount({
      steps: journey.map((step, index) => (index === 3 ? { ...step, status: 'current' as const } : step)),
    });
    expect(caption(indicator)).to.equal('Bước 4 trên 5');
  });

  it('renders nothing without steps or total', async () => {
    const { indicator } = await mount({ steps: [] });
    expect(indicator.shadowRoot!.querySelector('[part="base"]')).to.equal(null);
  });

  it('compact: a caption and a decorative bar, no list or landmark', async () => {
    const { indicator } = await mount({ current: 2 });
    expect(indicator.shadowRoot!.querySelector('nav, ol')).to.equal(null);
    const bar = indicator.shadowRoot!.querySelector('[part="segments"]')!;
    expect(bar.getAttribute('aria-hidden')).to.equal('true');
    expect([...bar.children].map((segment) => segment.className)).to.deep.equal([
      'segment segment--completed',
      'segment segment--current',
      'segment segment--not-started',
      'segment segment--not-started',
      'segment segment--not-started',
    ]);
    const names = flattenAx(await axNode(indicator.shadowRoot!.querySelector('[part="base"]')!)).map(
      (node) => node.name ?? '',
    );
    expect(names.join(' ')).to.contain('Bước 2 trên 5');
  });

  it('list: a navigation landmark named "Các bước" with an ordered list of steps', async () => {
    const { indicator } = await mount({ current: 3, variant: 'list' });
    const nav = indicator.shadowRoot!.querySelector('nav')!;
    const node = await axNode(nav);
    expect(node.role).to.equal('navigation');
    expect(node.name).to.equal('Các bước');
    expect(nav.querySelector('ol')!.children).to.have.length(5);
    expect(caption(indicator)).to.equal('Bước 3 trên 5');
  });

  it('list: marks the current step with aria-current="step" and gives every status in words', async () => {
    const { indicator } = await mount({ current: 3, variant: 'list' });
    const steps = items(indicator);
    expect(steps.map((step) => step.getAttribute('aria-current'))).to.deep.equal([null, null, 'step', null, null]);
    expect(steps.map((step) => step.querySelector('[part="status"]')!.textContent)).to.deep.equal([
      'Đã xong',
      'Đã xong',
      'Đang thực hiện',
      'Chưa bắt đầu',
      'Chưa bắt đầu',
    ]);
    expect(text(steps[0]!)).to.contain('Thông tin người đăng ký');
    const spoken = flattenAx(await axNode(steps[2]!)).map((child) => child.name ?? '');
    expect(spoken.join(' ')).to.contain('Giấy tờ đính kèm');
    expect(spoken.join(' ')).to.contain('Đang thực hiện');
    expect(spoken, 'the marker number is hidden').not.to.include('3');
    const done = flattenAx(await axNode(steps[0]!)).map((child) => child.name ?? '');
    expect(done, 'the tick is hidden').not.to.include('✓');
  });

  it('list: shows given statuses, e.g. a step skipped earlier', async () => {
    const steps: StepIndicatorStep[] = [
      { label: 'Thông tin người đăng ký', status: 'completed' },
      { label: 'Nơi thường trú', status: 'not-started' },
      { label: 'Giấy tờ đính kèm', status: 'current' },
    ];
    const { indicator } = await mount({ steps, variant: 'list' });
    expect(items(indicator).map((step) => step.querySelector('[part="status"]')!.textContent)).to.deep.equal([
      'Đã xong',
      'Chưa bắt đầu',
      'Đang thực hiện',
    ]);
    expect(items(indicator)[2]!.getAttribute('aria-current')).to.equal('step');
  });

  it('tells steps apart without colour: status words are visible, not only a colour', async () => {
    const { indicator } = await mount({ current: 2, variant: 'list' });
    for (const step of items(indicator)) {
      const status = step.querySelector<HTMLElement>('[part="status"]')!;
      const box = status.getBoundingClientRect();
      expect(box.width, 'status visible').to.be.greaterThan(1);
      expect(box.height).to.be.greaterThan(1);
    }
  });

  it('follows the nearest lang, live', async () => {
    const { container, indicator } = await mount({ current: 2, variant: 'list' });
    container.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await indicator.updateComplete;
    expect(caption(indicator)).to.equal('Step 2 of 5');
    expect((await axNode(indicator.shadowRoot!.querySelector('nav')!)).name).to.equal('Steps');
    expect(items(indicator).map((step) => step.querySelector('[part="status"]')!.textContent)).to.deep.equal([
      'Completed',
      'In progress',
      'Not started',
      'Not started',
      'Not started',
    ]);
  });

  it('keeps the bar visible in forced colours: filled and empty segments differ', async () => {
    const { indicator } = await mount({ current: 2 });
    const [done, , todo] = [...indicator.shadowRoot!.querySelectorAll('.segment')];
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    try {
      await nextFrame();
      expect(getComputedStyle(done!).forcedColorAdjust).to.equal('none');
      expect(getComputedStyle(done!).backgroundColor).to.not.equal(getComputedStyle(todo!).backgroundColor);
      expect(getComputedStyle(todo!).borderTopStyle).to.equal('solid');
    } finally {
      await emulateMediaFeatures([{ name: 'forced-colors', value: 'none' }]);
    }
  });

  it('has no axe violations: compact and list, every step current in turn, in English', async () => {
    for (const variant of ['compact', 'list'] as const) {
      for (const current of [1, 3, 5]) {
        const { container } = await mount({ current, variant });
        const violations = await axeViolations(container);
        expect(violations, describeViolations(violations)).to.deep.equal([]);
      }
      const { container } = await mount({ current: 2, variant });
      container.setAttribute('lang', 'en');
      await new Promise((resolve) => setTimeout(resolve, 0));
      const violations = await axeViolations(container);
      expect(violations, describeViolations(violations)).to.deep.equal([]);
    }
  });
});
