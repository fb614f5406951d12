/**
 * A page that starts in English (ADR 0020): the form's English strings are not loaded when it
 * first renders, so it renders once in Vietnamese and switches when they arrive; what it words
 * once (the `dvc-schema-error` and `dvc-identity-error` messages) waits for them. Its own file: English must not be loaded
 * by an earlier test of the same page.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { isLanguageLoaded } from '@dvc/core';
import { demoCitizens } from '@dvc/identity/fixtures.js';
import './define.js';
import type { DvcForm } from './form.js';

describe('dvc-form in a page that starts in English', () => {
  it('fires dvc-schema-error and dvc-identity-error in English and shows the panel in English once the strings arrive', async () => {
    expect(isLanguageLoaded('en'), 'English not loaded before').to.equal(false);
    const element = document.createElement('dvc-form') as DvcForm;
    element.lang = 'en';
    const fired = oneEvent(element, 'dvc-schema-error');
    element.schema = { type: 'object', properties: { a: { $ref: '#/$defs/missing' } } };
    // A second form, at the same moment, given an identity that fails the citizen model.
    const withIdentity = document.createElement('dvc-form') as DvcForm;
    withIdentity.lang = 'en';
    withIdentity.identityConsent = 'accepted';
    withIdentity.schema = {
      type: 'object',
      properties: { name: { type: 'string', 'x-prefill': { from: 'fullName' } } },
    };
    const citizen = demoCitizens[0]!.citizen;
    withIdentity.identity = { citizen: { ...citizen, sex: citizen.sex === 'male' ? 'female' : 'male' } };
    const identityFailed = oneEvent(withIdentity, 'dvc-identity-error');
    document.body.append(element, withIdentity);
    try {
      const identityEvent = (await identityFailed) as CustomEvent<{ messages: string[] }>;
      expect(identityEvent.detail.messages).to.deep.equal([
        'Personal ID number does not match the sex in the identity data',
      ]);
      const event = await fired;
      expect(event.detail.pointer).to.equal('/properties/a/$ref');
      expect(event.detail.message).to.match(/^The form definition has a problem at \/properties\/a\/\$ref/);
      await element.updateComplete;
      const panel = element.shadowRoot!.querySelector('[role="alert"]')!;
      expect(panel.textContent).to.contain('This form cannot be shown');
      expect(isLanguageLoaded('en')).to.equal(true);
    } finally {
      element.remove();
      withIdentity.remove();
    }
  });
});
