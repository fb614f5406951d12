import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocaleController, resolveLanguageTag } from './locale-controller.js';

class LocaleProbe extends LitElement {
  readonly locale = new LocaleController(this);
  renders = 0;
  protected override render() {
    this.renders += 1;
    return html`<span>${this.locale.t('errorSummary.title')}</span>`;
  }
}
customElements.define('dvc-locale-probe', LocaleProbe);

class ShadowWrapper extends LitElement {
  protected override render() {
    return html`<dvc-locale-probe></dvc-locale-probe>`;
  }
}
customElements.define('dvc-locale-wrapper', ShadowWrapper);

describe('LocaleController', () => {
  it('takes the language of the nearest [lang] and defaults to Vietnamese', async () => {
    const plain = await fixture<LocaleProbe>(html`<dvc-locale-probe></dvc-locale-probe>`);
    expect(plain.locale.language).to.equal(document.documentElement.lang.startsWith('en') ? 'en' : 'vi');
    const english = await fixture<HTMLElement>(html`<div lang="en-GB"><dvc-locale-probe></dvc-locale-probe></div>`);
    const probe = english.querySelector<LocaleProbe>('dvc-locale-probe')!;
    // English loads on first need; `updateComplete` waits for it.
    await probe.updateComplete;
    expect(probe.locale.language).to.equal('en');
    expect(probe.shadowRoot!.textContent).to.contain('There is a problem');
  });

  it('crosses shadow roots outwards and follows changes live', async () => {
    const container = await fixture<HTMLElement>(
      html`<section lang="vi"><dvc-locale-wrapper></dvc-locale-wrapper></section>`,
    );
    const wrapper = container.querySelector('dvc-locale-wrapper')!;
    await (wrapper as LitElement).updateComplete;
    const probe = wrapper.shadowRoot!.querySelector<LocaleProbe>('dvc-locale-probe')!;
    await probe.updateComplete;
    expect(resolveLanguageTag(probe)).to.equal('vi');
    expect(probe.shadowRoot!.textContent).to.contain('Có lỗi cần sửa');
    container.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.contain('There is a problem');
    const before = probe.renders;
    container.setAttribute('lang', 'en-US');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await probe.updateComplete;
    expect(probe.renders, 'no re-render when the language did not change').to.equal(before);
  });

  it('falls back to Vietnamese for a language the kit does not have', async () => {
    const container = await fixture<HTMLElement>(html`<div lang="fr"><dvc-locale-probe></dvc-locale-probe></div>`);
    expect(container.querySelector<LocaleProbe>('dvc-locale-probe')!.locale.language).to.equal('vi');
  });
});
