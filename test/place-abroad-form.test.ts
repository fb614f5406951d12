/**
 * A place of birth abroad through `<dvc-form>`: an address schema that declares `countryCode`
 * (the `$defs/birthPlace` of the procedures) renders `<dvc-address allow-abroad>`; the data is
 * `{ countryCode, detail }` and validates against the schema; a missing part is named.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '@dvc/form/define.js';
import '@dvc/address/define.js';
import type { DvcForm } from '@dvc/form';
import type { DvcAddress } from '@dvc/address';
import { settle } from './support/settle.js';

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

async function mountForm(value: unknown): Promise<{ form: DvcForm; address: DvcAddress }> {
  const form = await fixture<DvcForm>(html`<dvc-form lang="vi" .schema=${schema} .value=${value}></dvc-form>`);
  await settle(form);
  const address = form.shadowRoot!.querySelector<DvcAddress>('dvc-address[data-pointer="/placeOfBirth"]')!;
  expect(address, 'the place of birth is an address picker').to.not.equal(null);
  await address.whenDataLoaded();
  await settle(form);
  return { form, address };
}

describe('place of birth abroad in dvc-form', () => {
  it('offers "ở nước ngoài" and accepts { countryCode, detail } as valid data', async () => {
    const { form, address } = await mountForm({ placeOfBirth: { countryCode: 'JP', detail: 'Osaka' } });
    expect(address.allowAbroad).to.equal(true);
    expect(address.shadowRoot!.querySelector<HTMLInputElement>('#where-abroad')!.checked).to.equal(true);
    expect(address.shadowRoot!.querySelector<HTMLInputElement>('#country')!.value).to.equal('Nhật Bản');
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
