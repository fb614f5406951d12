/**
 * A place of birth abroad through `<dvc-form>`: an address schema that declares `countryCode`
 * (the `$defs/birthPlace` of the procedures) renders the address with "in Việt Nam or abroad" in the
 * form's own tree (ADR 0025, as `<dvc-address allow-abroad>` does); the data is
 * `{ countryCode, detail }` and validates against the schema; a missing part is named.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '@dvc/form/define.js';
import type { DvcForm } from '@dvc/form';
import { settle } from './support/settle.js';
import { fieldView } from './support/form-fields.js';
import { addressDataLoaded, addressPart } from '../packages/form/src/test-support/address.js';

const procedure = JSON.parse(await (await fetch('/schemas/procedures/cap-phieu-ly-lich-tu-phap.json')).text()) as {
  dataSchema: { $defs: Record<string, unknown> };
};

const schema = {
  type: 'object',
  required: ['placeOfBirth'],
  $defs: procedure.dataSchema.$defs,
  properties: {
    placeOfBirth: { $ref: '#/$defs/birthPlace', title: 'Nơi sinh', 'x-i18n': { en: { title: 'Place of birth' } } },
  },
};

async function mountForm(value: unknown): Promise<{ form: DvcForm }> {
  const form = await fixture<DvcForm>(html`<dvc-form lang="vi" .schema=${schema} .value=${value}></dvc-form>`);
  await settle(form);
  expect(fieldView(form, '/placeOfBirth').root.querySelector('[role="combobox"]'), 'an address picker').to.not.equal(
    null,
  );
  await addressDataLoaded(form, '/placeOfBirth');
  await settle(form);
  return { form };
}

describe('place of birth abroad in dvc-form', () => {
  it('offers "ở nước ngoài" and accepts { countryCode, detail } as valid data', async () => {
    const { form } = await mountForm({ placeOfBirth: { countryCode: 'JP', detail: 'Osaka' } });
    expect(addressPart(form, '/placeOfBirth', 'where-abroad').checked).to.equal(true);
    expect(addressPart(form, '/placeOfBirth', 'country').value).to.equal('Nhật Bản');
    const result = form.validate();
    expect(result.errors, JSON.stringify(result.errors)).to.deep.equal([]);
    expect(form.value).to.deep.equal({ placeOfBirth: { countryCode: 'JP', detail: 'Osaka' } });
  });

  it('still takes an address in Việt Nam, and names the missing part of a place abroad', async () => {
    const vietnam = await mountForm({
      placeOfBirth: { provinceCode: '01', communeCode: '00004', detail: 'Bệnh viện Phụ sản Hà Nội' },
    });
    expect(vietnam.form.validate().errors).to.deep.equal([]);
    const { form } = await mountForm({ placeOfBirth: { countryCode: 'JP', detail: '' } });
    const errors = form.validate().errors;
    expect(errors.map((error) => [error.pointer, error.message])).to.deep.equal([
      ['/placeOfBirth', 'Nhập thành phố, nơi ở nước ngoài'],
    ]);
  });
});
