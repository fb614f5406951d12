import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { DvcForm } from '@dvc/form';
import type { IdentityErrorDetail, IdentityState } from '@dvc/identity';
import { badClaims, demoCitizens } from '@dvc/identity/fixtures.js';
import '@dvc/form/define.js';
import '@dvc/identity/define.js';
import '@dvc/components/notification-banner/define.js';
import { settle } from '../test/support/settle.js';

/**
 * Identity autofill: after sign-in, what the state already knows fills the form, so citizens
 * provide information only once. Locked values are read-only (never disabled), carry a
 * "Đã xác thực" badge and name their source in their accessible description; editable ones say
 * where they came from. Every person here is synthetic.
 */

type Locale = 'vi' | 'en';

const storyText = {
  vi: {
    data: 'Dữ liệu gửi đi (value và provenance)',
    refused: 'Không dùng được thông tin định danh',
    citizen: 'Công dân mẫu',
  },
  en: {
    data: 'Submitted data (value and provenance)',
    refused: 'The identity data could not be used',
    citizen: 'Sample citizen',
  },
} as const;

function localeOf(context: { globals: Record<string, unknown> }): Locale {
  return context.globals['locale'] === 'en' ? 'en' : 'vi';
}

/** A birth-registration style application whose fields identity data can answer. */
const application = {
  $id: 'https://dvc.example.gov.vn/stories/identity-application',
  type: 'object',
  required: ['fullName', 'personalId', 'birthDate', 'sex'],
  properties: {
    fullName: {
      type: 'string',
      title: 'Họ, chữ đệm và tên người yêu cầu',
      'x-autocomplete': 'name',
      'x-prefill': { from: 'fullName', policy: 'locked' },
      'x-i18n': { en: { title: 'Full name of the applicant' } },
    },
    personalId: {
      type: 'string',
      format: 'vn-personal-id',
      title: 'Số định danh cá nhân',
      'x-width': 20,
      'x-prefill': { from: 'personalId', policy: 'locked' },
      'x-i18n': { en: { title: 'Personal identification number' } },
    },
    birthDate: {
      type: 'string',
      format: 'date',
      title: 'Ngày sinh',
      'x-prefill': { from: 'birthDate', policy: 'locked' },
      'x-i18n': { en: { title: 'Date of birth' } },
    },
    sex: {
      type: 'string',
      title: 'Giới tính',
      oneOf: [
        { const: 'nam', title: 'Nam' },
        { const: 'nu', title: 'Nữ' },
      ],
      'x-prefill': { from: 'sex', policy: 'locked', map: { male: 'nam', female: 'nu' } },
      'x-i18n': { en: { title: 'Sex', options: { nam: 'Male', nu: 'Female' } } },
    },
    phone: {
      type: 'string',
      format: 'vn-phone',
      title: 'Số điện thoại liên hệ',
      'x-prefill': { from: 'phone', policy: 'editable' },
      'x-i18n': { en: { title: 'Contact phone number' } },
    },
    email: {
      type: 'string',
      format: 'email',
      title: 'Thư điện tử',
      'x-prefill': { from: 'email', policy: 'editable' },
      'x-i18n': { en: { title: 'Email address' } },
    },
    fatherName: {
      type: 'string',
      title: 'Họ, chữ đệm và tên cha',
      'x-prefill': { from: 'father.fullName', policy: 'locked' },
      'x-i18n': { en: { title: "Father's full name" } },
    },
  },
};

const correctionUrl = 'https://dichvucong.example.gov.vn/dieu-chinh-thong-tin';

function identityOf(id: string): IdentityState {
  const found = demoCitizens.find((candidate) => candidate.id === id) ?? demoCitizens[0]!;
  return { citizen: found.citizen, prefillToken: `demo-token-${found.id}`, correctionUrl };
}

/** A form and, below it, what a submission would carry. */
function renderForm(locale: Locale, identity: IdentityState | undefined, consent: 'ask' | 'accepted'): TemplateResult {
  let output: HTMLPreElement | undefined;
  const show = (form: DvcForm): void => {
    if (output) output.textContent = JSON.stringify({ value: form.value ?? {}, provenance: form.provenance }, null, 2);
  };
  const mounted = ref((element) => {
    if (element instanceof HTMLElement && element.localName === 'dvc-form')
      void settle(element as DvcForm).then(() => show(element as DvcForm));
  });
  const keep = ref((element) => {
    if (element instanceof HTMLPreElement) output = element;
  });
  const changed = (event: Event): void => show(event.currentTarget as DvcForm);
  return html`<dvc-form
      identity-consent=${consent}
      .schema=${application}
      .identity=${identity}
      @dvc-change=${changed}
      @dvc-identity-consent=${changed}
      ${mounted}
    ></dvc-form>
    <details class="story-data">
      <summary>${storyText[locale].data}</summary>
      <pre ${keep}></pre>
    </details>`;
}

const meta: Meta = {
  title: 'Form/Identity autofill',
  component: 'dvc-form',
  render: (_args, context) => renderForm(localeOf(context), undefined, 'accepted'),
};
export default meta;

type Story = StoryObj;

/** Before sign-in: every field is empty and editable. */
export const BeforeIdentity: Story = {};

/** The disclosure comes first: what will be used and from where; the citizen may type everything instead. */
export const ConsentStep: Story = {
  render: (_args, context) => renderForm(localeOf(context), identityOf('no-middle-name'), 'ask'),
};

/** After consent: locked fields (badge, source, correction link) and editable ones (a note; changes are tracked). */
export const LockedAndEditable: Story = {
  render: (_args, context) => renderForm(localeOf(context), identityOf('no-middle-name'), 'accepted'),
};

/** A citizen whose source knows only the birth year: the date field stays empty and editable. */
export const PartialIdentity: Story = {
  render: (_args, context) => renderForm(localeOf(context), identityOf('missing-optional-data'), 'accepted'),
};

/** Every synthetic citizen, through `<dvc-identity-provider>` with the `citizen` property. */
export const SyntheticCitizens: Story = {
  argTypes: { citizen: { control: 'select', options: demoCitizens.map((citizen) => citizen.id) } },
  args: { citizen: 'woman-after-2000' },
  render: (args, context) => {
    const found = demoCitizens.find((candidate) => candidate.id === args['citizen']) ?? demoCitizens[0]!;
    return html`<p>${storyText[localeOf(context)].citizen}: ${found.label}</p>
      <dvc-identity-provider .citizen=${found.citizen} correction-url=${correctionUrl}>
        <dvc-form identity-consent="accepted" .schema=${application}></dvc-form>
      </dvc-identity-provider>`;
  },
};

/** A payload that fails the checks prefills nothing; the portal shows the localized reasons. */
export const InvalidPayload: Story = {
  argTypes: { payload: { control: 'select', options: badClaims.map((bad) => bad.id) } },
  args: { payload: 'century-digit-contradicts-sex' },
  render: (args, context) => {
    const bad = badClaims.find((candidate) => candidate.id === args['payload']) ?? badClaims[0]!;
    const locale = localeOf(context);
    let banner: HTMLElement | undefined;
    const keep = ref((element) => {
      if (element instanceof HTMLElement) banner = element;
    });
    const refused = (event: CustomEvent<IdentityErrorDetail>): void => {
      if (!banner) return;
      banner.hidden = false;
      const list = banner.querySelector('ul')!;
      list.replaceChildren(
        ...event.detail.messages.map((message) =>
          Object.assign(document.createElement('li'), { textContent: message }),
        ),
      );
    };
    return html`<div hidden ${keep}>
        <dvc-notification-banner type="important" heading=${storyText[locale].refused}
          ><ul></ul
        ></dvc-notification-banner>
      </div>
      <dvc-identity-provider source=${bad.source} .claims=${bad.claims} @dvc-identity-error=${refused}>
        <dvc-form identity-consent="accepted" .schema=${application}></dvc-form>
      </dvc-identity-provider>`;
  },
};
