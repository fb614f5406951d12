import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { DvcTextarea } from '@dvc/components';
import type { DvcForm, UiHints } from '@dvc/form';
import '@dvc/form/define.js';
import { settle } from '../test/support/settle.js';
import {
  basicFields,
  choices,
  formats,
  nestedObjects,
  repeatableGroup,
  ifThenElse,
  dependencies,
  oneOfChoice,
  refsDefaultsConst,
  localized,
  withErrors,
  malformed,
  playgroundStart,
} from './form-schemas.js';

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
  /** Plain-language hints (`simplified-language`). */
  readonly simplified?: boolean;
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
      ?simplified-language=${options.simplified ?? false}
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

/** `simplified-language` (assisted filing's switch): each field's `x-hint-simple` replaces its `x-hint`; fields without one keep theirs. */
export const SimplifiedLanguage: Story = {
  render: (_args, context) =>
    renderForm(
      {
        type: 'object',
        properties: {
          placeOfBirth: {
            type: 'string',
            title: 'Nơi sinh',
            'x-hint': 'Tên cơ sở y tế, hoặc địa chỉ nơi trẻ được sinh ra',
            'x-hint-simple': 'Tên bệnh viện, hoặc nơi bé sinh ra',
            'x-i18n': {
              en: {
                title: 'Place of birth',
                'x-hint': 'Name of the health facility, or the address where the child was born',
                'x-hint-simple': 'The hospital, or the place the baby was born',
              },
            },
          },
          copies: {
            type: 'integer',
            title: 'Số bản sao trích lục khai sinh',
            minimum: 0,
            'x-hint': 'Nhập 0 nếu không cần bản sao',
            'x-i18n': {
              en: { title: 'Number of copies of the birth extract', 'x-hint': 'Enter 0 if you do not need copies' },
            },
          },
        },
      },
      localeOf(context),
      { simplified: true },
    ),
};
