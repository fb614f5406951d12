import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './define.js';
import type { DvcForm, DvcSchemaErrorDetail } from './form.js';
import { settle } from '../../../test/support/settle.js';
import { fieldView } from '../../../test/support/form-fields.js';

/** What Vue's `reactive()` hands to an element: a Proxy, which `structuredClone` refuses. */
function reactiveLike<T extends object>(target: T): T {
  return new Proxy(target, {
    get: (object, key, receiver) => {
      const value: unknown = Reflect.get(object, key, receiver);
      return value !== null && typeof value === 'object' ? reactiveLike(value) : value;
    },
  });
}

const schema = {
  type: 'object',
  required: ['fullName'],
  properties: {
    fullName: { type: 'string', title: 'Họ, chữ đệm và tên' },
    children: { type: 'array', items: { type: 'string', title: 'Tên con' } },
  },
};

describe('dvc-form with framework-made inputs', () => {
  it('renders a schema and takes a value given as proxies, and copies them', async () => {
    expect(() => structuredClone(reactiveLike(schema)), 'the proxy is one structuredClone refuses').to.throw();
    const form = await fixture<DvcForm>(
      html`<dvc-form
        .schema=${reactiveLike(structuredClone(schema))}
        .value=${reactiveLike({ fullName: 'Phạm Hùng', children: ['An'] })}
      ></dvc-form>`,
    );
    await settle(form);
    expect(fieldView(form, '/fullName').input.value, 'the field is rendered with the value').to.equal('Phạm Hùng');
    expect(form.value).to.deep.equal({ fullName: 'Phạm Hùng', children: ['An'] });
    expect(form.shadowRoot!.querySelector('.schema-error')).to.be.null;
  });

  for (const [name, broken] of [
    [
      'a cycle',
      (() => {
        const cyclic: Record<string, unknown> = { type: 'object' };
        cyclic['properties'] = { self: cyclic };
        return cyclic;
      })(),
    ],
    ['a function', { type: 'object', properties: { fullName: { type: 'string', title: () => 'Họ tên' } } }],
    [
      'a proxy that throws',
      new Proxy(
        {},
        {
          ownKeys: () => {
            throw new Error('revoked');
          },
        },
      ),
    ],
  ] as const) {
    it(`fires dvc-schema-error, not an uncaught exception, for a schema with ${name}`, async () => {
      const uncaught: unknown[] = [];
      const onError = (event: ErrorEvent) => uncaught.push(event.error);
      window.addEventListener('error', onError);
      try {
        const form = document.createElement('dvc-form') as DvcForm;
        const reported = oneEvent(form, 'dvc-schema-error');
        form.schema = broken;
        document.body.append(form);
        const event = (await reported) as CustomEvent<DvcSchemaErrorDetail>;
        expect(event.detail.message).to.be.a('string').and.not.equal('');
        expect(form.shadowRoot!.querySelector('.schema-error[role="alert"]')).to.exist;
        form.remove();
      } finally {
        window.removeEventListener('error', onError);
      }
      expect(uncaught).to.deep.equal([]);
    });
  }
});
