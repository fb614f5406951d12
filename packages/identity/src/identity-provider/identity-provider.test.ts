import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { consume } from '@lit/context';
import { state } from 'lit/decorators.js';
import { axeViolations, describeViolations } from '../../../../test/support/accessibility.js';
import { badClaims, demoCitizens } from '../fixtures/index.js';
import { identityContext, type IdentityState } from '../identity-context.js';
import './define.js';
import type { DvcIdentityProvider, IdentityErrorDetail } from './identity-provider.js';

/** A stand-in for a form: shows the name it was given. */
class IdentityProbe extends LitElement {
  @consume({ context: identityContext, subscribe: true })
  @state()
  identity: IdentityState | undefined;

  protected override render(): TemplateResult {
    return html`<p>${this.identity?.citizen.fullName ?? 'Chưa có thông tin định danh'}</p>`;
  }
}
customElements.define('test-identity-probe', IdentityProbe);

const withQr = demoCitizens.find((entry) => entry.id === 'legacy-address')!;
const withVneid = demoCitizens.find((entry) => entry.id === 'missing-optional-data')!;
const sexMismatch = badClaims.find((entry) => entry.id === 'century-digit-contradicts-sex')!;

describe('dvc-identity-provider', () => {
  it('provides the mapped citizen, the token and the correction link to elements inside it', async () => {
    const provider = await fixture<DvcIdentityProvider>(html`
      <dvc-identity-provider
        source="cccd-qr"
        .claims=${withQr.claims['cccd-qr']}
        prefill-token="opaque.token"
        correction-url="https://example.vn/dieu-chinh"
      >
        <section><test-identity-probe></test-identity-probe></section>
      </dvc-identity-provider>
    `);
    const probe = provider.querySelector('test-identity-probe') as IdentityProbe;
    await probe.updateComplete;
    expect(probe.identity?.citizen.personalId).to.equal('034168005566');
    expect(probe.identity?.citizen.assurance.source).to.equal('cccd-qr');
    expect(probe.identity).to.include({ prefillToken: 'opaque.token', correctionUrl: 'https://example.vn/dieu-chinh' });
    expect(probe.shadowRoot!.textContent).to.contain('Trịnh Thị Mai');
    expect(getComputedStyle(provider).display).to.equal('contents');
  });

  it('updates what it provides when the claims or the citizen change', async () => {
    const provider = await fixture<DvcIdentityProvider>(html`
      <dvc-identity-provider source="cccd-qr" .claims=${withQr.claims['cccd-qr']}
        ><test-identity-probe></test-identity-probe
      ></dvc-identity-provider>
    `);
    const probe = provider.querySelector('test-identity-probe') as IdentityProbe;
    provider.source = 'vneid';
    provider.claims = withVneid.claims.vneid;
    await provider.updateComplete;
    await probe.updateComplete;
    expect(probe.identity?.citizen.fullName).to.equal('Hoàng Văn Tú');
    provider.citizen = demoCitizens[0]!.citizen;
    await provider.updateComplete;
    await probe.updateComplete;
    expect(probe.identity?.citizen).to.deep.equal(demoCitizens[0]!.citizen);
    expect(probe.shadowRoot!.textContent).to.contain('Phạm Hùng');
  });

  it('provides nothing and fires dvc-identity-error with localized reasons for bad claims', async () => {
    const provider = await fixture<DvcIdentityProvider>(html`
      <div lang="en">
        <dvc-identity-provider source="cccd-qr" .claims=${withQr.claims['cccd-qr']}
          ><test-identity-probe></test-identity-probe
        ></dvc-identity-provider>
      </div>
    `).then((wrapper) => wrapper.querySelector('dvc-identity-provider')!);
    const probe = provider.querySelector('test-identity-probe') as IdentityProbe;
    expect(probe.identity).not.to.equal(undefined);
    const errorEvent = oneEvent(document, 'dvc-identity-error');
    provider.claims = sexMismatch.claims;
    const event = (await errorEvent) as CustomEvent<IdentityErrorDetail>;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.source).to.equal('cccd-qr');
    expect(event.detail.problems.map((problem) => problem.key)).to.deep.equal(['personalIdSex']);
    expect(event.detail.messages).to.deep.equal(['Personal ID number does not match the sex in the identity data']);
    await probe.updateComplete;
    expect(probe.identity).to.equal(undefined);
    expect(probe.shadowRoot!.textContent).to.contain('Chưa có thông tin định danh');
  });

  it('refuses an invalid citizen, in the page language (Vietnamese by default)', async () => {
    const provider = await fixture<DvcIdentityProvider>(
      html`<dvc-identity-provider><test-identity-probe></test-identity-probe></dvc-identity-provider>`,
    );
    const errorEvent = oneEvent(provider, 'dvc-identity-error');
    provider.citizen = { ...demoCitizens[0]!.citizen, birthDate: '1988-02-30x' };
    const event = (await errorEvent) as CustomEvent<IdentityErrorDetail>;
    expect(event.detail.source).to.equal('citizen');
    expect(event.detail.messages).to.deep.equal([
      'Ngày, tháng, năm sinh trong dữ liệu định danh không phải là ngày hợp lệ',
    ]);
    expect((provider.querySelector('test-identity-probe') as IdentityProbe).identity).to.equal(undefined);
  });

  it('is invisible to assistive technology and passes axe', async () => {
    const wrapper = await fixture<HTMLElement>(html`
      <main>
        <dvc-identity-provider source="vneid" .claims=${withVneid.claims.vneid}>
          <h1>Đăng ký thường trú</h1>
          <test-identity-probe></test-identity-probe>
        </dvc-identity-provider>
      </main>
    `);
    const violations = await axeViolations(wrapper);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
  });
});
