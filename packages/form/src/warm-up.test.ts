import { expect } from '@open-wc/testing';
import { DvcForm } from './form.js';
import { warmUpRenderer } from './warm-up.js';

describe('the idle warm-up (ADR 0027)', () => {
  it('renders every common widget through the form’s code into a detached box, and touches nothing in the page', () => {
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const box = warmUpRenderer(DvcForm.elementStyles)!;
    changes.push(...observer.takeRecords());
    observer.disconnect();

    expect(box, 'the warm-up rendered').to.be.instanceOf(HTMLElement);
    expect(box.isConnected).to.equal(false);
    expect(changes, 'no change to the document').to.deep.equal([]);
    // The group's fieldset and one box per field: text, number, checkbox, radios, select and date.
    expect(box.querySelector('fieldset[data-pointer="/g"]')).to.not.equal(null);
    const pointers = [...box.querySelectorAll('.dvc-widget')].map((widget) => widget.getAttribute('data-pointer'));
    expect(pointers).to.deep.equal(['/g/t', '/g/n', '/g/b', '/g/k', '/g/s', '/g/d']);
    expect(box.querySelectorAll('input[type=radio]').length).to.equal(2);
    expect(box.querySelectorAll('select option').length).to.be.greaterThan(7);
    expect(box.querySelectorAll('.date-input input').length).to.equal(3);
    // The hint and the requirement marker took the same path as a real form's.
    expect(box.querySelector('[data-pointer="/g/t"] .hint')!.textContent).to.equal('h');
    expect(box.querySelector('[data-pointer="/g/t"] .marker')).to.not.equal(null);
  });
});
