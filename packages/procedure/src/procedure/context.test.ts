/**
 * What `<dvc-procedure>` asks its adapters for when it opens (`context.ts`): held documents only
 * for a signed-in citizen, so a signed-out visit makes no request that can only fail.
 */
import { expect } from '@open-wc/testing';
import type { ProcedureAdapters } from '../adapters/types.js';
import { fakeAdapters } from '../test-support/journey.js';
import { click, mount } from '../test-support/driver.js';

function countingDocuments(adapters: ProcedureAdapters): { calls: number } {
  const counter = { calls: 0 };
  const list = adapters.documents!.listDocuments;
  adapters.documents!.listDocuments = async (...args) => (counter.calls++, list(...args));
  return counter;
}

describe('dvc-procedure context', () => {
  it('signed out (the identity adapter answers nobody): held documents are not asked for, the journey runs', async () => {
    const { adapters } = fakeAdapters();
    adapters.identity!.getIdentity = async () => null;
    const documents = countingDocuments(adapters);
    const element = await mount(adapters);
    await click(element, 'Bắt đầu');
    expect(element.page, 'no consent page without identity').to.equal('step-ban-than');
    expect(documents.calls).to.equal(0);
  });

  it('signed in: held documents are asked for once', async () => {
    const { adapters } = fakeAdapters();
    const documents = countingDocuments(adapters);
    const element = await mount(adapters);
    await click(element, 'Bắt đầu');
    expect(element.page).to.equal('consent');
    expect(documents.calls).to.equal(1);
  });

  it('no identity adapter, or one that fails: held documents are still asked for (the host decides who is signed in)', async () => {
    const { identity: _identity, ...withoutIdentity } = fakeAdapters().adapters;
    const first = countingDocuments(withoutIdentity);
    await mount(withoutIdentity);
    expect(first.calls).to.equal(1);
    const failing = fakeAdapters().adapters;
    failing.identity!.getIdentity = async () => {
      throw new TypeError('network down');
    };
    const second = countingDocuments(failing);
    await mount(failing);
    expect(second.calls).to.equal(1);
  });
});
