/**
 * English loads on first need (ADR 0020). The tests run in order on one page: English is not
 * loaded until an element asks for it; a failed load keeps Vietnamese and warns; the next switch
 * loads it and the element renders English, showing no raw key at any moment.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { addLazyStrings, addStrings, isLanguageLoaded, translate } from './i18n.js';
import { LocaleController } from './locale-controller.js';

/** Every text the probe showed, after each of its renders. */
const shown: string[] = [];

class LazyProbe extends LitElement {
  readonly locale = new LocaleController(this);
  protected override render() {
    return html`<h2>${this.locale.t('errorSummary.title')}</h2>
      <p>${this.locale.t('dvc-lazy-probe:greeting')}</p>`;
  }
  protected override updated(): void {
    shown.push(this.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim());
  }
}
customElements.define('dvc-lazy-probe', LazyProbe);

/**
 * A part of English that fails like an unreachable chunk the first time; the second time it
 * arrives when the test calls `arrive` (so the test sees the element before and after).
 */
let attempts = 0;
let arrive: () => void = () => undefined;
addStrings('vi', 'dvc-lazy-probe', { greeting: 'Xin chào' });
addLazyStrings('en', 'dvc-lazy-probe', () => {
  attempts += 1;
  // A real failed network load: a module URL the server does not have.
  const missing = new URL('./no-such-chunk.js', import.meta.url).href;
  if (attempts === 1) return import(missing);
  return new Promise((resolve) => (arrive = () => resolve({ greeting: 'Hello' })));
});

function requested(pattern: RegExp): boolean {
  return performance.getEntriesByType('resource').some((entry) => pattern.test(entry.name));
}

const rawKey = /errorSummary|greeting|dvc-lazy-probe:/;

describe('languages load on first need', () => {
  const warnings: unknown[][] = [];
  const warn = console.warn;
  before(() => {
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  after(() => {
    console.warn = warn;
  });

  it('does not download English while every element is in Vietnamese', async () => {
    const container = await fixture<HTMLElement>(html`<div lang="vi"><dvc-lazy-probe></dvc-lazy-probe></div>`);
    await container.querySelector<LazyProbe>('dvc-lazy-probe')!.updateComplete;
    expect(isLanguageLoaded('vi')).to.equal(true);
    expect(isLanguageLoaded('en')).to.equal(false);
    expect(requested(/\/core\/src\/locales\/en\.ts/), 'core English strings not fetched').to.equal(false);
    expect(shown.at(-1)).to.equal('Có lỗi cần sửa Xin chào');
  });

  it('keeps Vietnamese and warns when English fails to load', async () => {
    shown.length = 0;
    const container = await fixture<HTMLElement>(html`<div lang="vi"><dvc-lazy-probe></dvc-lazy-probe></div>`);
    const probe = container.querySelector<LazyProbe>('dvc-lazy-probe')!;
    await probe.updateComplete;
    container.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await probe.updateComplete;
    expect(attempts).to.equal(1);
    expect(probe.locale.language).to.equal('vi');
    expect(probe.shadowRoot!.textContent).to.contain('Có lỗi cần sửa');
    expect(probe.shadowRoot!.textContent).to.contain('Xin chào');
    expect(warnings.map((args) => String(args[0]))).to.deep.equal([
      'DVC Kit: the "en" strings of "dvc-lazy-probe" did not load; elements keep the language they had (Vietnamese by default).',
    ]);
    expect(
      shown.every((text) => !rawKey.test(text)),
      shown.join(' | '),
    ).to.equal(true);
  });

  it('renders English once its strings arrive, with no raw key at any moment', async () => {
    shown.length = 0;
    const container = await fixture<HTMLElement>(html`<div lang="vi"><dvc-lazy-probe></dvc-lazy-probe></div>`);
    const probe = container.querySelector<LazyProbe>('dvc-lazy-probe')!;
    await probe.updateComplete;
    // Every text node the shadow root ever holds, not only the text after each render.
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(probe.shadowRoot!.textContent!));
    observer.observe(probe.shadowRoot!, { subtree: true, childList: true, characterData: true });
    container.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(attempts).to.equal(2);
    expect(probe.locale.language, 'Vietnamese until English has arrived').to.equal('vi');
    expect(probe.shadowRoot!.textContent).to.contain('Có lỗi cần sửa');
    const complete = probe.updateComplete;
    arrive();
    await complete;
    observer.disconnect();
    expect(probe.locale.language).to.equal('en');
    expect(shown.at(-1)).to.equal('There is a problem Hello');
    expect(shown.slice(0, -1).every((text) => text === 'Có lỗi cần sửa Xin chào')).to.equal(true);
    expect(seen.length).to.be.greaterThan(0);
    expect(
      [...seen, ...shown].every((text) => !rawKey.test(text)),
      seen.join(' | '),
    ).to.equal(true);
    expect(isLanguageLoaded('en')).to.equal(true);
    expect(requested(/\/core\/src\/locales\/en\.ts/), 'core English strings fetched').to.equal(true);
    expect(translate('en', 'errorSummary.title')).to.equal('There is a problem');
  });

  it('shows a newly connected element English as soon as the strings are there', async () => {
    const probe = await fixture<LazyProbe>(html`<dvc-lazy-probe lang="en"></dvc-lazy-probe>`);
    expect(probe.locale.language).to.equal('en');
    expect(probe.shadowRoot!.textContent).to.contain('There is a problem');
  });
});
