import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { DvcTextarea } from '@dvc/components';
import type { DvcForm, UiHints } from '@dvc/form';
import '@dvc/form/define.js';
import { settle } from '../test/support/settle.js';

/**
 * `<dvc-form>` renders a procedure's JSON Schema (2020-12) as an accessible form. Each story
 * shows one construct of the schema vocabulary (docs/schema-vocabulary.md) with invented
 * Vietnamese people and records. Open "Dữ liệu / Data" under a form to see its `value`: what
 * `dvc-change` and `dvc-submit` carry, without the values of hidden branches.
 */

type Locale = 'vi' | 'en';

/** The few strings the stories add around the form (the form's own strings come from the kit). */
const storyText = {
  vi: {
    data: 'Dữ liệu của biểu mẫu (value)',
    schemaLabel: 'Lược đồ JSON',
    schemaHint: 'Dán một lược đồ JSON Schema 2020-12. Biểu mẫu bên dưới cập nhật khi bạn sửa.',
    invalidJson: 'Lược đồ không phải là JSON hợp lệ. Biểu mẫu bên dưới giữ theo lược đồ hợp lệ gần nhất.',
  },
  en: {
    data: 'Form data (value)',
    schemaLabel: 'JSON schema',
    schemaHint: 'Paste a JSON Schema 2020-12 document. The form below updates as you edit.',
    invalidJson: 'The schema is not valid JSON. The form below keeps the last valid schema.',
  },
} as const;

function localeOf(context: { globals: Record<string, unknown> }): Locale {
  return context.globals['locale'] === 'en' ? 'en' : 'vi';
}

interface FormStoryOptions {
  readonly value?: unknown;
  readonly ui?: UiHints;
  /** Show the data panel open (for conditional stories, where dropped values matter). */
  readonly dataOpen?: boolean;
}

/** A form and, below it, its current `value` as JSON. */
function renderForm(schema: unknown, locale: Locale, options: FormStoryOptions = {}): TemplateResult {
  let output: HTMLPreElement | undefined;
  const show = (form: DvcForm): void => {
    if (output) output.textContent = JSON.stringify(form.value ?? {}, null, 2);
  };
  const mounted = ref((element) => {
    if (element instanceof HTMLElement && element.localName === 'dvc-form') {
      const form = element as DvcForm;
      void settle(form).then(() => show(form));
    }
  });
  const keep = ref((element) => {
    if (element instanceof HTMLPreElement) output = element;
  });
  const changed = (event: Event): void => show(event.currentTarget as DvcForm);
  return html`${storyStyles}<dvc-form
      .schema=${schema}
      .value=${options.value}
      .ui=${options.ui}
      @dvc-change=${changed}
      @dvc-submit=${changed}
      ${mounted}
    ></dvc-form>
    <details class="story-data" ?open=${options.dataOpen ?? false}>
      <summary>${storyText[locale].data}</summary>
      <pre ${keep}></pre>
    </details>`;
}

/** Spacing for the data panel and a monospace schema editor; the page styles light DOM, as a portal would. */
const storyStyles = html`<style>
  .story-data {
    margin-top: 1.5rem;
  }
  .story-schema::part(textarea) {
    font-family: ui-monospace, 'Cascadia Mono', Consolas, monospace;
  }
</style>`;

/** The `play` of a story that shows errors: what a citizen sees after pressing "Tiếp tục". */
async function validateAfterRender({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const form = canvasElement.querySelector('dvc-form');
  if (!form) throw new Error('The story has no <dvc-form>');
  await settle(form);
  form.validate();
  await settle(form);
}

// ——— Schemas (synthetic records; every person and number is invented) ———

const basicFields = {
  type: 'object',
  required: ['fullName', 'copies'],
  properties: {
    fullName: {
      type: 'string',
      title: 'Họ, chữ đệm và tên người yêu cầu',
      description: 'Ghi đúng như trên thẻ căn cước',
      minLength: 2,
      maxLength: 100,
      'x-autocomplete': 'name',
    },
    copies: {
      type: 'integer',
      title: 'Số bản sao trích lục khai sinh',
      'x-hint': 'Nhập 0 nếu không cần bản sao',
      minimum: 0,
      maximum: 10,
      default: 1,
      'x-width': 2,
    },
    sendResultByPost: { type: 'boolean', title: 'Tôi muốn nhận kết quả qua dịch vụ bưu chính' },
  },
};

const choices = {
  type: 'object',
  required: ['relationship', 'sex', 'ethnicity'],
  properties: {
    relationship: {
      type: 'string',
      title: 'Quan hệ với người được khai sinh',
      enum: ['cha', 'me', 'ong-ba', 'nguoi-giam-ho'],
      'x-enum-labels': { cha: 'Cha', me: 'Mẹ', 'ong-ba': 'Ông, bà', 'nguoi-giam-ho': 'Người giám hộ' },
    },
    sex: {
      type: 'string',
      title: 'Giới tính của trẻ',
      oneOf: [
        { const: 'nam', title: 'Nam' },
        { const: 'nu', title: 'Nữ' },
      ],
    },
    ethnicity: {
      type: 'string',
      title: 'Dân tộc',
      enum: ['Kinh', 'Tày', 'Thái', 'Mường', 'Khmer', 'Hoa', 'Nùng', 'Mông', 'Dao', 'Gia Rai', 'Ê Đê'],
    },
    documents: {
      type: 'array',
      title: 'Giấy tờ bạn sẽ nộp kèm',
      description: 'Chọn tất cả giấy tờ phù hợp',
      uniqueItems: true,
      items: {
        type: 'string',
        oneOf: [
          { const: 'giay-chung-sinh', title: 'Giấy chứng sinh' },
          { const: 'van-ban-uy-quyen', title: 'Văn bản ủy quyền', description: 'Khi người khác đi đăng ký thay' },
          { const: 'giay-chung-nhan-ket-hon', title: 'Giấy chứng nhận kết hôn của cha mẹ' },
        ],
      },
    },
  },
};

const formats = {
  type: 'object',
  required: ['birthDate', 'phone'],
  properties: {
    birthDate: { type: 'string', format: 'date', title: 'Ngày, tháng, năm sinh', description: 'Ví dụ: 27/03/2025' },
    phone: { type: 'string', format: 'tel', title: 'Số điện thoại liên hệ', 'x-hint': 'Ví dụ: 0912 345 678' },
    email: { type: 'string', format: 'email', title: 'Thư điện tử', 'x-hint': 'Để nhận thông báo về hồ sơ' },
    website: {
      type: 'string',
      format: 'uri',
      title: 'Trang thông tin của hộ kinh doanh',
      'x-hint': 'Nếu có, ví dụ https://tiemvai-hoalan.vn',
    },
  },
};

const nestedObjects = {
  type: 'object',
  required: ['applicant'],
  properties: {
    applicant: {
      type: 'object',
      title: 'Người yêu cầu',
      required: ['fullName', 'personalId', 'residence'],
      properties: {
        fullName: { type: 'string', title: 'Họ, chữ đệm và tên', 'x-autocomplete': 'name' },
        personalId: {
          type: 'string',
          title: 'Số định danh cá nhân',
          description: 'Gồm 12 chữ số, in trên thẻ căn cước',
          pattern: '^[0-9]{12}$',
          'x-inputmode': 'numeric',
          'x-width': 20,
        },
        residence: {
          type: 'object',
          title: 'Nơi cư trú',
          required: ['province', 'commune', 'detail'],
          properties: {
            province: {
              type: 'string',
              title: 'Tỉnh, thành phố',
              enum: [
                'Thành phố Hà Nội',
                'Thành phố Huế',
                'Tỉnh Lào Cai',
                'Tỉnh Nghệ An',
                'Tỉnh Đắk Lắk',
                'Thành phố Hồ Chí Minh',
                'Tỉnh An Giang',
                'Thành phố Cần Thơ',
              ],
            },
            commune: { type: 'string', title: 'Xã, phường, đặc khu' },
            detail: { type: 'string', title: 'Số nhà, đường, thôn, tổ dân phố', 'x-autocomplete': 'address-line1' },
          },
        },
      },
    },
  },
};

const repeatableGroup = {
  type: 'object',
  properties: {
    members: {
      type: 'array',
      title: 'Thành viên hộ gia đình cùng thay đổi nơi cư trú',
      description: 'Không kê khai người yêu cầu',
      'x-item-title': 'thành viên',
      minItems: 1,
      maxItems: 5,
      items: {
        type: 'object',
        required: ['fullName', 'birthDate', 'relationship'],
        properties: {
          fullName: { type: 'string', title: 'Họ, chữ đệm và tên' },
          birthDate: { type: 'string', format: 'date', title: 'Ngày sinh' },
          personalId: {
            type: 'string',
            title: 'Số định danh cá nhân',
            description: 'Nếu có',
            pattern: '^[0-9]{12}$',
            'x-inputmode': 'numeric',
            'x-width': 20,
          },
          relationship: {
            type: 'string',
            title: 'Quan hệ với chủ hộ',
            enum: ['Vợ', 'Chồng', 'Con', 'Cha', 'Mẹ', 'Khác'],
          },
        },
      },
    },
  },
};

const ifThenElse = {
  type: 'object',
  required: ['timing'],
  properties: {
    timing: {
      type: 'string',
      title: 'Thời điểm đăng ký khai sinh',
      oneOf: [
        { const: 'dung-han', title: 'Trong 60 ngày kể từ ngày sinh' },
        { const: 'qua-han', title: 'Sau 60 ngày kể từ ngày sinh', description: 'Đăng ký khai sinh quá hạn' },
      ],
    },
  },
  if: { properties: { timing: { const: 'qua-han' } }, required: ['timing'] },
  then: {
    required: ['lateReason'],
    properties: { lateReason: { type: 'string', title: 'Lý do đăng ký quá hạn', maxLength: 500 } },
  },
  else: {
    required: ['birthCertificateNumber'],
    properties: {
      birthCertificateNumber: {
        type: 'string',
        title: 'Số giấy chứng sinh',
        description: 'In ở góc trên giấy chứng sinh do cơ sở y tế cấp',
      },
    },
  },
};

const dependencies = {
  type: 'object',
  properties: {
    phone: { type: 'string', format: 'tel', title: 'Số điện thoại liên hệ' },
    email: { type: 'string', format: 'email', title: 'Thư điện tử' },
    proxyName: {
      type: 'string',
      title: 'Họ, chữ đệm và tên người được ủy quyền',
      description: 'Chỉ điền khi người khác nộp hồ sơ thay bạn',
    },
    proxyPersonalId: {
      type: 'string',
      title: 'Số định danh cá nhân của người được ủy quyền',
      pattern: '^[0-9]{12}$',
      'x-inputmode': 'numeric',
      'x-width': 20,
    },
  },
  dependentRequired: { proxyName: ['proxyPersonalId'] },
  dependentSchemas: {
    email: {
      properties: { emailUpdates: { type: 'boolean', title: 'Gửi thông báo tiến độ hồ sơ qua thư điện tử' } },
    },
  },
};

const oneOfChoice = {
  type: 'object',
  required: ['delivery'],
  properties: {
    delivery: { title: 'Bạn muốn nhận kết quả bằng cách nào?' },
  },
  oneOf: [
    {
      title: 'Nhận bản điện tử trên Cổng Dịch vụ công',
      properties: { delivery: { const: 'dien-tu' } },
    },
    {
      title: 'Nhận qua dịch vụ bưu chính',
      required: ['postalAddress', 'recipientPhone'],
      properties: {
        delivery: { const: 'buu-chinh' },
        postalAddress: { type: 'string', title: 'Địa chỉ nhận kết quả', 'x-autocomplete': 'street-address' },
        recipientPhone: { type: 'string', format: 'tel', title: 'Số điện thoại người nhận' },
      },
    },
    {
      title: 'Nhận trực tiếp tại Bộ phận Một cửa',
      required: ['office'],
      properties: {
        delivery: { const: 'truc-tiep' },
        office: {
          type: 'string',
          title: 'Bộ phận Một cửa nơi nhận',
          enum: ['UBND phường Ba Đình', 'UBND phường Hoàn Kiếm', 'UBND xã Sóc Sơn'],
        },
      },
    },
  ],
};

const refsDefaultsConst = {
  type: 'object',
  $defs: {
    parent: {
      type: 'object',
      required: ['fullName', 'birthYear'],
      properties: {
        fullName: { type: 'string', title: 'Họ, chữ đệm và tên' },
        birthYear: { type: 'integer', title: 'Năm sinh', minimum: 1900, maximum: 2025, 'x-width': 4 },
        nationality: { type: 'string', title: 'Quốc tịch', default: 'Việt Nam' },
      },
    },
  },
  properties: {
    procedure: { const: 'dang-ky-khai-sinh', title: 'Mã thủ tục' },
    agency: {
      type: 'string',
      title: 'Cơ quan tiếp nhận',
      readOnly: true,
      default: 'UBND phường Ba Đình, thành phố Hà Nội',
    },
    mother: { $ref: '#/$defs/parent', title: 'Thông tin người mẹ' },
    father: { $ref: '#/$defs/parent', title: 'Thông tin người cha' },
  },
};

const localized = {
  type: 'object',
  required: ['fullName', 'residenceType'],
  properties: {
    fullName: {
      type: 'string',
      title: 'Họ, chữ đệm và tên',
      'x-hint': 'Ghi đúng như trên thẻ căn cước',
      'x-autocomplete': 'name',
      'x-i18n': { en: { title: 'Full name', 'x-hint': 'As shown on your ID card' } },
    },
    residenceType: {
      type: 'string',
      title: 'Bạn đăng ký loại cư trú nào?',
      enum: ['thuong-tru', 'tam-tru'],
      'x-enum-labels': { 'thuong-tru': 'Thường trú', 'tam-tru': 'Tạm trú' },
      'x-i18n': {
        en: {
          title: 'Which kind of residence are you registering?',
          options: { 'thuong-tru': 'Permanent residence', 'tam-tru': 'Temporary residence' },
        },
      },
    },
    members: {
      type: 'array',
      title: 'Người cùng đăng ký',
      'x-item-title': 'người',
      maxItems: 3,
      'x-i18n': { en: { title: 'People registering with you', 'x-item-title': 'person' } },
      items: {
        type: 'object',
        required: ['name'],
        properties: {
          name: { type: 'string', title: 'Họ và tên', 'x-i18n': { en: { title: 'Full name' } } },
        },
      },
    },
  },
};

const withErrors = {
  type: 'object',
  required: ['fullName', 'personalId', 'birthDate', 'sex', 'declaration'],
  properties: {
    fullName: { type: 'string', title: 'Họ, chữ đệm và tên', minLength: 2, 'x-i18n': { en: { title: 'Full name' } } },
    personalId: {
      type: 'string',
      title: 'Số định danh cá nhân',
      pattern: '^[0-9]{12}$',
      'x-inputmode': 'numeric',
      'x-width': 20,
      'x-messages': {
        pattern: {
          vi: 'Số định danh cá nhân phải có đúng 12 chữ số',
          en: 'Personal ID number must be exactly 12 digits',
        },
      },
      'x-i18n': { en: { title: 'Personal ID number' } },
    },
    birthDate: { type: 'string', format: 'date', title: 'Ngày sinh', 'x-i18n': { en: { title: 'Date of birth' } } },
    sex: {
      type: 'string',
      title: 'Giới tính',
      oneOf: [
        { const: 'nam', title: 'Nam', 'x-i18n': { en: { title: 'Male' } } },
        { const: 'nu', title: 'Nữ', 'x-i18n': { en: { title: 'Female' } } },
      ],
      'x-i18n': { en: { title: 'Sex' } },
    },
    email: { type: 'string', format: 'email', title: 'Thư điện tử', 'x-i18n': { en: { title: 'Email address' } } },
    declaration: {
      type: 'boolean',
      title: 'Tôi cam đoan những nội dung khai trên là đúng sự thật',
      'x-i18n': { en: { title: 'I declare that the information above is true' } },
    },
  },
};

const malformed = {
  type: 'object',
  properties: {
    childName: { type: 'string', title: 'Họ, chữ đệm và tên của trẻ' },
    mother: { $ref: '#/$defs/nguoiMe', title: 'Thông tin người mẹ' },
  },
};

const playgroundStart = {
  type: 'object',
  required: ['childName', 'birthDate'],
  properties: {
    childName: { type: 'string', title: 'Họ, chữ đệm và tên của trẻ' },
    birthDate: { type: 'string', format: 'date', title: 'Ngày sinh' },
    copies: { type: 'integer', title: 'Số bản sao trích lục', minimum: 0, maximum: 10, default: 0, 'x-width': 2 },
  },
};

// ——— Stories ———

const meta: Meta = {
  title: 'Form/Schema form',
  component: 'dvc-form',
  render: (_args, context) => renderForm(basicFields, localeOf(context)),
};
export default meta;

type Story = StoryObj;

/** `string` (text input; `maxLength` over 250 gives a textarea), `integer`/`number` (numeric keyboard, typed as numbers), `boolean` (checkbox). */
export const BasicFields: Story = {};

/** `enum` of up to 7 values gives radios, more gives a select; `oneOf` of `const` + `title` gives labelled options; an array of options gives checkboxes. */
export const Choices: Story = { render: (_args, context) => renderForm(choices, localeOf(context)) };

/** `format`: `date` (day, month, year; stored `yyyy-mm-dd`), `email`, `uri` and `tel` (the right keyboard and autofill). */
export const Formats: Story = { render: (_args, context) => renderForm(formats, localeOf(context)) };

/** An `object` property is a fieldset whose legend is its `title`; objects nest. */
export const NestedObjects: Story = { render: (_args, context) => renderForm(nestedObjects, localeOf(context)) };

/** An array of objects: `minItems` items to start, add up to `maxItems`, remove down to `minItems`; `x-item-title` names an item. */
export const RepeatableGroup: Story = {
  render: (_args, context) =>
    renderForm(repeatableGroup, localeOf(context), {
      value: { members: [{ fullName: 'Trần Thị Mai', birthDate: '1988-04-12', relationship: 'Vợ' }] },
    }),
};

/** `if`/`then`/`else`: choose "Sau 60 ngày" and the late-registration reason replaces the birth certificate number; the hidden answer leaves the data. */
export const IfThenElse: Story = {
  render: (_args, context) =>
    renderForm(ifThenElse, localeOf(context), { value: { birthCertificateNumber: 'CS-2025-004817' }, dataOpen: true }),
};

/** `dependentRequired`: naming an authorised person makes their ID number required. `dependentSchemas`: giving an email adds a question. */
export const DependentRequiredAndSchemas: Story = {
  render: (_args, context) =>
    renderForm(dependencies, localeOf(context), {
      value: { proxyName: 'Lê Văn Hùng', email: 'lan.pham@example.com' },
      dataOpen: true,
    }),
};

/** `oneOf` whose branches share a property with a `const` in each: the branch titles become the options, and only the chosen branch's fields show. */
export const OneOfChoice: Story = {
  render: (_args, context) =>
    renderForm(oneOfChoice, localeOf(context), { value: { delivery: 'buu-chinh' }, dataOpen: true }),
};

/** `$ref` into `$defs` (siblings such as `title` override), `default` filled in once, `const` and `readOnly` shown read-only (still focusable). */
export const RefsDefaultsAndConst: Story = {
  render: (_args, context) => renderForm(refsDefaultsConst, localeOf(context), { dataOpen: true }),
};

/** `x-i18n` gives each text in English: switch the toolbar's language to English. Texts without a translation stay in Vietnamese. */
export const Localized: Story = {
  render: (_args, context) =>
    renderForm(localized, localeOf(context), { value: { members: [{ name: 'Đặng Minh Khoa' }] } }),
};

/** After "Tiếp tục" (here `form.validate()` in `play`): the error summary, each field's message, `x-messages` for the ID number pattern. */
export const ErrorsShown: Story = {
  render: (_args, context) =>
    renderForm(withErrors, localeOf(context), {
      value: { fullName: 'Vũ Thị Lan', personalId: '0012', email: 'lan.vu@' },
    }),
  play: validateAfterRender,
};

/** A schema that cannot render (a `$ref` to a missing definition): a localized panel naming the JSON pointer, and `dvc-schema-error`. */
export const MalformedSchema: Story = { render: (_args, context) => renderForm(malformed, localeOf(context)) };

/** Paste or edit a schema: the form re-renders from it. Invalid JSON shows an error and keeps the last good form. */
export const Playground: Story = {
  render: (_args, context) => {
    const text = storyText[localeOf(context)];
    let form: DvcForm | undefined;
    const keep = ref((element) => {
      if (element instanceof HTMLElement && element.localName === 'dvc-form') form = element as DvcForm;
    });
    const edited = (event: CustomEvent<{ value: unknown }>): void => {
      const textarea = event.currentTarget as DvcTextarea;
      let schema: unknown;
      try {
        schema = JSON.parse(String(event.detail.value));
      } catch {
        textarea.error = text.invalidJson;
        return;
      }
      textarea.error = '';
      if (form) form.schema = schema;
    };
    return html`${storyStyles}<dvc-textarea
        class="story-schema"
        label=${text.schemaLabel}
        hint=${text.schemaHint}
        rows="14"
        .value=${JSON.stringify(playgroundStart, null, 2)}
        @dvc-input=${edited}
      ></dvc-textarea>
      <dvc-form .schema=${playgroundStart} ${keep}></dvc-form>`;
  },
};

/** `x-order`, `x-widget`, `x-width`, `x-hint`, `x-autocomplete` and the `ui` property (hints keyed by data pointer, without touching the schema). */
export const PresentationHints: Story = {
  render: (_args, context) =>
    renderForm(
      {
        type: 'object',
        'x-order': ['reason', 'copies'],
        properties: {
          copies: { type: 'integer', title: 'Số bản sao', minimum: 1, maximum: 10, 'x-width': 2 },
          reason: {
            type: 'string',
            title: 'Lý do đề nghị cấp lại',
            'x-widget': 'textarea',
            'x-hint': 'Ví dụ: bản chính bị mất hoặc hư hỏng',
          },
          relationship: {
            type: 'string',
            title: 'Quan hệ với người được cấp',
            enum: ['Bản thân', 'Cha', 'Mẹ', 'Người giám hộ'],
            'x-widget': 'select',
          },
          postcode: { type: 'string', title: 'Mã bưu chính', pattern: '^[0-9]{5}$' },
        },
      },
      localeOf(context),
      {
        ui: {
          '/postcode': {
            'x-width': 10,
            'x-inputmode': 'numeric',
            'x-autocomplete': 'postal-code',
            'x-hint': 'Gồm 5 chữ số',
          },
        },
      },
    ),
};
