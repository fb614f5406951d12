import { waitUntil, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Citizen, IdentityState } from '@dvc/identity';
import '@dvc/identity/define.js';
import { axeViolations, axNode, axNodes, describeViolations } from '../../../test/support/accessibility.js';
import './define.js';
import type { DvcForm, DvcFormSubmitDetail } from './form.js';
import { settle } from '../../../test/support/settle.js';
import { fieldView } from '../../../test/support/form-fields.js';

/** Synthetic citizen: invented name, valid-format but made-up ID number. */
const citizen: Citizen = {
  personalId: '001190012345',
  fullName: 'Trần Thị Thu Hà',
  familyName: 'Trần',
  middleName: 'Thị Thu',
  givenName: 'Hà',
  birthDate: '1990-03-14',
  sex: 'female',
  phone: '+84912345678',
  assurance: { source: 'vneid', level: '2', retrievedAt: '2026-11-25T08:00:00+07:00' },
};

const otherCitizen: Citizen = {
  ...citizen,
  personalId: '079088054321',
  fullName: 'Lê Văn Nam',
  sex: 'male',
  birthDate: '1988-07-02',
  phone: undefined,
};

const applicationSchema = {
  $id: 'https://example.gov.vn/test/prefill-application',
  type: 'object',
  required: ['fullName', 'personalId', 'sex'],
  properties: {
    fullName: {
      type: 'string',
      title: 'Họ và tên',
      'x-prefill': { from: 'fullName', policy: 'locked' },
      'x-i18n': { en: { title: 'Full name' } },
    },
    personalId: {
      type: 'string',
      title: 'Số định danh cá nhân',
      format: 'vn-personal-id',
      'x-prefill': { from: 'personalId', policy: 'locked' },
    },
    sex: {
      type: 'string',
      title: 'Giới tính',
      oneOf: [
        { const: 'nam', title: 'Nam' },
        { const: 'nu', title: 'Nữ' },
      ],
      'x-prefill': { from: 'sex', policy: 'locked', map: { male: 'nam', female: 'nu' } },
    },
    phone: {
      type: 'string',
      title: 'Số điện thoại',
      format: 'vn-phone',
      'x-prefill': { from: 'phone', policy: 'editable' },
    },
    email: {
      type: 'string',
      title: 'Thư điện tử',
      format: 'email',
      'x-prefill': { from: 'email', policy: 'editable' },
    },
    note: { type: 'string', title: 'Ghi chú' },
  },
};

const identity: IdentityState = {
  citizen,
  prefillToken: 'opaque.signed.token',
  correctionUrl: 'https://example.gov.vn/dieu-chinh',
};

function consentButton(form: DvcForm, index: 0 | 1): HTMLElement {
  const buttons = form.shadowRoot!.querySelectorAll<HTMLElement>('.identity-consent dvc-button');
  if (!buttons[index]) throw new Error('No consent panel');
  return buttons[index]!;
}

async function mountAccepted(lang = 'vi'): Promise<DvcForm> {
  const form = await fixture<DvcForm>(
    html`<dvc-form
      lang=${lang}
      identity-consent="accepted"
      .schema=${applicationSchema}
      .identity=${identity}
    ></dvc-form>`,
  );
  await settle(form);
  return form;
}

describe('dvc-form identity prefill', () => {
  beforeEach(() => sessionStorage.clear());

  it('fills locked and editable fields from the identity, mapped to the field values', async () => {
    const form = await mountAccepted();
    expect(form.value).to.deep.equal({
      fullName: 'Trần Thị Thu Hà',
      personalId: '001190012345',
      sex: 'nu',
      phone: '+84912345678',
    });
    expect(fieldView(form, '/fullName').readonly).to.be.true;
    expect(fieldView(form, '/fullName').verified).to.be.true;
    expect(fieldView(form, '/phone').readonly, 'editable prefill stays editable').to.be.false;
    expect(fieldView(form, '/phone').input.value, 'E.164 stored, national form shown').to.equal('0912 345 678');
    expect(fieldView(form, '/email').provenance, 'no claim, no note').to.equal('');
    expect(fieldView(form, '/email').readonly, 'no claim leaves the field editable').to.be.false;
  });

  it('keeps locked fields readonly (never disabled), reachable by Tab and described with their source in Chromium', async () => {
    const form = await mountAccepted();
    const input = fieldView(form, '/fullName').input;
    expect(input.readOnly).to.be.true;
    expect(input.disabled).to.be.false;
    const node = await axNode(input);
    expect(node.name).to.equal('Họ và tên (bắt buộc)');
    expect(node.description).to.contain('Đã xác thực từ Cơ sở dữ liệu quốc gia về dân cư');
    expect(node.readonly).to.be.true;
    // Keyboard: Tab from the document start reaches the locked field first.
    const before = document.createElement('button');
    before.textContent = 'trước';
    form.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(fieldView(form, '/fullName').hasFocus, `focus in '/fullName'`).to.equal(true);
    before.remove();
    const link = fieldView(form, '/fullName').root.querySelector<HTMLAnchorElement>('a.correction-link')!;
    expect(link.href).to.equal('https://example.gov.vn/dieu-chinh');
  });

  it('describes editable prefilled fields with where the value came from, in English too', async () => {
    const form = await mountAccepted('en');
    const node = await axNode(fieldView(form, '/phone').input);
    expect(node.description).to.contain('VNeID');
    const locked = await axNode(fieldView(form, '/fullName').input);
    expect(locked.description).to.contain('Verified from the National Population Database');
  });

  it('announces a locked radio group as read-only in Chromium: description and unchoosable radios, in vi and en', async () => {
    for (const [lang, readonlyText, source] of [
      ['vi', 'Chỉ đọc: không thay đổi được lựa chọn này', 'Đã xác thực từ Cơ sở dữ liệu quốc gia về dân cư'],
      ['en', 'Read-only: this choice cannot be changed', 'Verified from the National Population Database'],
    ] as const) {
      const form = await mountAccepted(lang);
      const sex = fieldView(form, '/sex');
      const group = await axNode(sex.root.querySelector('fieldset')!);
      expect(group.role).to.equal('radiogroup');
      expect(group.description, lang).to.contain(source);
      expect(group.description, lang).to.contain(readonlyText);
      const inputs = [...sex.root.querySelectorAll<HTMLInputElement>('input[type=radio]')];
      const nodes = await axNodes(inputs);
      expect(nodes.map((node) => [node.name, node.checked ?? false, node.disabled ?? false])).to.deep.equal([
        ['Nam', false, true],
        ['Nữ', true, false],
      ]);
      expect(
        inputs.every((input) => !input.disabled),
        'never disabled: the chosen radio stays reachable',
      ).to.equal(true);
    }
  });

  it('tracks whether the citizen changed an editable value, and passes the prefill token through', async () => {
    const form = await mountAccepted();
    fieldView(form, '/phone').input.focus();
    const input = fieldView(form, '/phone').input;
    input.select();
    await sendKeys({ type: '0987654321' });
    await settle(form);
    const submitted = oneEvent(form, 'dvc-submit');
    form.requestSubmit();
    const { detail } = (await submitted) as CustomEvent<DvcFormSubmitDetail>;
    expect(detail.value).to.include({ phone: '+84987654321' });
    expect(detail.provenance['/phone']).to.deep.equal({
      source: 'vneid',
      from: 'phone',
      verified: false,
      changed: true,
    });
    expect(detail.provenance['/fullName']).to.deep.equal({
      source: 'vneid',
      from: 'fullName',
      verified: true,
      changed: false,
    });
    expect(detail.prefillToken).to.equal('opaque.signed.token');
  });

  it('updates prefilled fields when the identity changes and clears what the new one cannot answer', async () => {
    const form = await mountAccepted();
    form.identity = { citizen: otherCitizen };
    await settle(form);
    expect(form.value).to.deep.equal({ fullName: 'Lê Văn Nam', personalId: '079088054321', sex: 'nam' });
    expect(fieldView(form, '/phone').provenance).to.equal('');
  });

  it('asks first: the disclosure lists what will be used; declining leaves every field to type', async () => {
    const form = await fixture<DvcForm>(
      html`<dvc-form lang="vi" .schema=${applicationSchema} .identity=${identity}></dvc-form>`,
    );
    await settle(form);
    const panel = form.shadowRoot!.querySelector('.identity-consent')!;
    expect(panel.textContent).to.contain('Họ và tên');
    expect(panel.textContent).to.contain('Số điện thoại');
    expect(panel.textContent, 'nothing the identity cannot answer').not.to.contain('Thư điện tử');
    expect(form.shadowRoot!.querySelector('[data-pointer]'), 'no field before the choice').to.equal(null);
    const violations = await axeViolations(form);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
    const chosen = oneEvent(form, 'dvc-identity-consent');
    consentButton(form, 1).click();
    expect(((await chosen) as CustomEvent<{ choice: string }>).detail.choice).to.equal('declined');
    await settle(form);
    expect(form.value).to.deep.equal({});
    expect(fieldView(form, '/fullName').readonly).to.be.false;
  });

  it('accepting fills the form and the choice is remembered for the form', async () => {
    const form = await fixture<DvcForm>(html`<dvc-form .schema=${applicationSchema} .identity=${identity}></dvc-form>`);
    await settle(form);
    consentButton(form, 0).click();
    await settle(form);
    expect(form.value).to.include({ fullName: 'Trần Thị Thu Hà' });
    const again = await fixture<DvcForm>(
      html`<dvc-form .schema=${applicationSchema} .identity=${identity}></dvc-form>`,
    );
    await settle(again);
    expect(again.shadowRoot!.querySelector('.identity-consent'), 'not asked twice').to.equal(null);
    expect(again.value).to.include({ fullName: 'Trần Thị Thu Hà' });
  });

  it('takes the identity from an enclosing dvc-identity-provider', async () => {
    const provider = await fixture<HTMLElement & { citizen?: Citizen }>(
      html`<dvc-identity-provider .citizen=${citizen} prefill-token="tok">
        <dvc-form identity-consent="accepted" .schema=${applicationSchema}></dvc-form>
      </dvc-identity-provider>`,
    );
    const form = provider.querySelector<DvcForm>('dvc-form')!;
    // The provider provides once its adapters' chunk has run; the form then loads its prefill's chunk (two round trips).
    await waitUntil(() => (form.value as { fullName?: string }).fullName !== undefined, 'prefilled', { timeout: 5000 });
    await settle(form);
    expect(form.value).to.include({ fullName: 'Trần Thị Thu Hà', sex: 'nu' });
    provider.citizen = otherCitizen;
    await settle(form);
    expect(form.value).to.include({ fullName: 'Lê Văn Nam' });
  });

  it('prefills nothing when the provider receives a bad payload', async () => {
    const provider = await fixture<HTMLElement>(
      html`<dvc-identity-provider source="vneid" .claims=${{ SoDinhDanh: '123', HoVaTen: '' }}>
        <dvc-form identity-consent="accepted" .schema=${applicationSchema}></dvc-form>
      </dvc-identity-provider>`,
    );
    const form = provider.querySelector<DvcForm>('dvc-form')!;
    await settle(form);
    expect(form.value).to.deep.equal({});
    expect(fieldView(form, '/fullName').readonly).to.be.false;
  });

  it('does not use an identity that fails the citizen model, and says why', async () => {
    const inconsistent = { citizen: { ...citizen, sex: 'male' as const } };
    const form = document.createElement('dvc-form') as DvcForm;
    form.identityConsent = 'accepted';
    form.schema = applicationSchema;
    form.identity = inconsistent;
    const failed = oneEvent(form, 'dvc-identity-error');
    document.body.append(form);
    const { detail } = (await failed) as CustomEvent<{ messages: string[] }>;
    await settle(form);
    expect(detail.messages.length).to.be.greaterThan(0);
    expect(form.value).to.deep.equal({});
    form.remove();
  });

  it('has no axe violations with locked and editable prefilled fields, in vi and en', async () => {
    for (const lang of ['vi', 'en']) {
      const form = await mountAccepted(lang);
      const violations = await axeViolations(form);
      expect(violations, describeViolations(violations)).to.deep.equal([]);
    }
  });
});

describe('dvc-form identity prefill in branches', () => {
  beforeEach(() => sessionStorage.clear());

  it('locks a field only in the branch that declares it locked', async () => {
    const schema = {
      type: 'object',
      properties: { for: { title: 'Nộp cho', type: 'string' } },
      oneOf: [
        {
          title: 'Cho bản thân',
          properties: {
            for: { const: 'self' },
            fullName: { type: 'string', title: 'Họ và tên', 'x-prefill': { from: 'fullName', policy: 'locked' } },
          },
          required: ['for'],
        },
        {
          title: 'Cho người khác',
          properties: { for: { const: 'other' }, fullName: { type: 'string', title: 'Họ và tên người được nộp thay' } },
          required: ['for'],
        },
      ],
    };
    const form = await fixture<DvcForm>(
      html`<dvc-form
        lang="vi"
        identity-consent="accepted"
        .schema=${schema}
        .identity=${identity}
        .value=${{ for: 'self' }}
      ></dvc-form>`,
    );
    await settle(form);
    expect(fieldView(form, '/fullName').readonly, 'locked for oneself').to.equal(true);
    expect(fieldView(form, '/fullName').input.value).to.equal('Trần Thị Thu Hà');
    form.value = { for: 'other' };
    await settle(form);
    expect(fieldView(form, '/fullName').readonly, 'free for someone else').to.equal(false);
    expect(fieldView(form, '/fullName').verified).to.equal(false);
    expect(form.provenance['/fullName']?.verified, 'not claimed as verified').to.equal(false);
  });
});
