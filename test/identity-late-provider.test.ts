/**
 * Script order must not matter: a `<dvc-form>` that connects before `<dvc-identity-provider>` is
 * defined (the form's bundle first, the provider's later or lazily) still gets the identity.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '@dvc/form/define.js';
import type { DvcForm } from '@dvc/form';
import { DvcIdentityProvider } from '@dvc/identity';
import { demoCitizens } from '@dvc/identity/fixtures.js';
import { fieldView } from './support/form-fields.js';
import { settle } from './support/settle.js';

const schema = {
  type: 'object',
  properties: {
    fullName: { type: 'string', title: 'Họ, chữ đệm và tên', 'x-prefill': { from: 'fullName', policy: 'locked' } },
  },
};

describe('identity provider defined after the form', () => {
  it('fills the locked field once the provider element is defined', async () => {
    // A tag of its own, defined only after the form is on the page and has asked for the identity.
    const tag = 'dvc-test-late-identity-provider';
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const provider = document.createElement(tag) as DvcIdentityProvider;
    provider.setAttribute('source', 'portal-profile');
    const form = document.createElement('dvc-form') as DvcForm;
    form.setAttribute('identity-consent', 'accepted');
    form.schema = schema;
    provider.append(form);
    container.append(provider);
    await settle(form);
    expect(fieldView(form, '/fullName').input.value, 'nothing to fill before the provider exists').to.equal('');

    customElements.define(tag, class extends DvcIdentityProvider {});
    (provider as DvcIdentityProvider).claims = demoCitizens[0]!.claims['portal-profile'];
    // The provider maps the claims once its checks have loaded (a lazy chunk on the CDN): `updateComplete` waits for them.
    await (provider as DvcIdentityProvider).updateComplete;
    await settle(form);
    expect(fieldView(form, '/fullName').input.value).to.equal('Phạm Hùng');
    expect(fieldView(form, '/fullName').readonly).to.be.true;
  });
});
