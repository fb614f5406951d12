/** The journey's lazily registered elements: this file registers nothing up front, as dvc-procedure.js does not. */
import { expect, fixture } from '@open-wc/testing';
import { html, LitElement, type TemplateResult } from 'lit';
import { lazy } from '../lazy.js';
import { elementReady, elementsSettled, laterElements, pageReady } from './lazy-elements.js';

class LazyHost extends LitElement {
  renders = 0;
  protected override render(): TemplateResult {
    this.renders += 1;
    return elementReady(this, 'dvc-sign-page', laterElements)
      ? html`<dvc-sign-page></dvc-sign-page>`
      : html`<p>Đang tải</p>`;
  }
}
customElements.define('lazy-elements-test-host', LazyHost);

describe('elementReady', () => {
  it('renders nothing of the element until its chunk has registered it, then renders again with it', async () => {
    expect(customElements.get('dvc-sign-page'), 'not registered up front').to.equal(undefined);
    expect(customElements.get('dvc-review-page'), 'a later page is not registered up front').to.equal(undefined);
    const host = await fixture<LazyHost>(html`<lazy-elements-test-host></lazy-elements-test-host>`);
    expect(host.shadowRoot!.querySelector('dvc-sign-page'), 'not rendered before it is defined').to.equal(null);
    await elementsSettled(host);
    await host.updateComplete;
    expect(customElements.get('dvc-sign-page'), 'registered by the lazy chunk').to.be.a('function');
    expect(customElements.get('dvc-assisted-intake'), 'the intake with it').to.be.a('function');
    expect(host.shadowRoot!.querySelector('dvc-sign-page'), 'rendered once defined').to.not.equal(null);
    expect(host.renders).to.be.at.least(2);
    expect(customElements.get('dvc-review-page'), 'the later pages with it').to.be.a('function');
    expect(pageReady(host, 'review'), 'a later page once registered').to.equal(true);
  });
});

describe('a lazy element that cannot load', () => {
  it('tells the host, which shows an error instead of waiting forever', async () => {
    class FailingHost extends LitElement {
      failed = false;
      protected override render(): TemplateResult {
        const offline = lazy(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
        return elementReady(this, 'dvc-never-registered', offline, () => (this.failed = true))
          ? html`<dvc-never-registered></dvc-never-registered>`
          : html`<p>Đang tải</p>`;
      }
    }
    customElements.define('lazy-elements-failing-host', FailingHost);
    const host = await fixture<FailingHost>(html`<lazy-elements-failing-host></lazy-elements-failing-host>`);
    await elementsSettled(host);
    expect(host.failed).to.equal(true);
    expect(host.shadowRoot!.querySelector('dvc-never-registered'), 'the element is never rendered').to.equal(null);
  });
});

describe('pageReady', () => {
  it('holds back only the pages that come with the lazy chunk', async () => {
    const host = await fixture<LazyHost>(html`<lazy-elements-test-host></lazy-elements-test-host>`);
    // The first pages are registered with the journey itself; a step's page is not looked up here.
    for (const page of ['start', 'consent', 'lookup', 'no-such-page'])
      expect(pageReady(host, page), page).to.equal(true);
  });
});

describe('lazy', () => {
  it('loads once, and again after a failure', async () => {
    let calls = 0;
    const flaky = lazy(async () => {
      calls += 1;
      if (calls === 1) throw new Error('offline');
      return { value: 42 };
    });
    let failure: unknown;
    await flaky.load().catch((problem: unknown) => (failure = problem));
    expect(failure).to.be.instanceOf(Error);
    expect(flaky.get()).to.equal(undefined);
    expect((await flaky.load()).value).to.equal(42);
    await flaky.load();
    expect(calls).to.equal(2);
    expect(flaky.get()?.value).to.equal(42);
  });
});
