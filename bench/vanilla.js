// The physical floor: hand-written DOM code that builds the same labelled inputs as <dvc-form>
// for the benchmark schema (sections of flat fields), with live validation of the changed field.
// No framework, no templates, no virtual anything. Messages follow dvc-form's Vietnamese ones.

const REQUIRED_MARK = ' (bắt buộc)';
const DATE_PARTS = [
  ['day', 'Ngày', 2],
  ['month', 'Tháng', 2],
  ['year', 'Năm', 4],
];

let uid = 0;
const patterns = new Map();

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

function labelText(node, title, required) {
  node.append(title);
  if (required) node.append(element('span', 'marker', REQUIRED_MARK));
}

function lower(text) {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Hint and error elements shared by every field; returns the ids to describe the control with. */
function addHintAndError(parent, field, id) {
  if (field.description) {
    const hint = element('div', 'hint', field.description);
    hint.id = `${id}-hint`;
    parent.append(hint);
  }
  const error = element('p', 'error-message');
  error.id = `${id}-error`;
  error.hidden = true;
  parent.append(error);
  return error;
}

function describe(control, record) {
  const ids = [];
  if (record.field.description) ids.push(`${record.id}-hint`);
  if (record.message) ids.push(`${record.id}-error`);
  if (ids.length) control.setAttribute('aria-describedby', ids.join(' '));
  else control.removeAttribute('aria-describedby');
}

function kindOf(field) {
  if (field.type === 'boolean') return 'boolean';
  if (Array.isArray(field.enum)) return 'radios';
  if (field.type === 'integer' || field.type === 'number') return 'number';
  if (field.format === 'date') return 'date';
  return 'text';
}

function buildText(record, wrapper) {
  const { field, id, pointer } = record;
  const label = element('label', 'label');
  label.htmlFor = id;
  labelText(label, field.title, record.required);
  wrapper.append(label);
  record.error = addHintAndError(wrapper, field, id);
  const input = element('input', 'input');
  input.id = id;
  input.type = 'text';
  input.name = pointer;
  if (record.kind === 'number') input.inputMode = 'numeric';
  if (record.required) input.required = true;
  input.setAttribute('aria-invalid', 'false');
  wrapper.append(input);
  record.control = input;
  describe(input, record);
}

function buildRadios(record, wrapper) {
  const { field, id, pointer } = record;
  const fieldset = element('fieldset', 'fieldset');
  const legend = element('legend', 'label');
  labelText(legend, field.title, record.required);
  fieldset.append(legend);
  record.error = addHintAndError(fieldset, field, id);
  const items = element('div', 'items');
  field.enum.forEach((option, index) => {
    const item = element('div', 'item');
    const input = element('input', 'radio');
    input.type = 'radio';
    input.id = `${id}-${index}`;
    input.name = pointer;
    input.value = String(option);
    const label = element('label', 'item-label', String(option));
    label.htmlFor = input.id;
    item.append(input, label);
    items.append(item);
  });
  fieldset.append(items);
  wrapper.append(fieldset);
  record.control = fieldset;
  describe(fieldset, record);
}

function buildCheckbox(record, wrapper) {
  const { field, id, pointer } = record;
  record.error = addHintAndError(wrapper, field, id);
  const item = element('div', 'item');
  const input = element('input', 'checkbox');
  input.type = 'checkbox';
  input.id = id;
  input.name = pointer;
  const label = element('label', 'item-label');
  label.htmlFor = id;
  labelText(label, field.title, record.required);
  item.append(input, label);
  wrapper.append(item);
  record.control = input;
  describe(input, record);
}

function buildDate(record, wrapper) {
  const { field, id, pointer } = record;
  const fieldset = element('fieldset', 'fieldset');
  const legend = element('legend', 'label');
  labelText(legend, field.title, record.required);
  fieldset.append(legend);
  record.error = addHintAndError(fieldset, field, id);
  const parts = element('div', 'date-input');
  record.parts = {};
  for (const [name, text, width] of DATE_PARTS) {
    const item = element('div', 'item');
    const label = element('label', 'item-label', text);
    const input = element('input', `input input--width-${width}`);
    input.type = 'text';
    input.inputMode = 'numeric';
    input.id = `${id}-${name}`;
    input.name = `${pointer}-${name}`;
    label.htmlFor = input.id;
    item.append(label, input);
    parts.append(item);
    record.parts[name] = input;
  }
  fieldset.append(parts);
  wrapper.append(fieldset);
  record.control = fieldset;
  describe(fieldset, record);
}

/** The first failed rule of one field, as a message, or ''. */
function validate(record) {
  const { field, kind } = record;
  const label = field.title;
  if (kind === 'date') {
    const { day, month, year } = record.parts;
    const values = [day.value.trim(), month.value.trim(), year.value.trim()];
    if (values.every((value) => value === '')) return record.required ? `Nhập ${lower(label)}` : '';
    const [d, m, y] = values.map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    const real =
      values.every((value) => /^\d+$/.test(value)) &&
      values[2].length === 4 &&
      date.getUTCFullYear() === y &&
      date.getUTCMonth() === m - 1 &&
      date.getUTCDate() === d;
    return real ? '' : `${label} phải là một ngày có thật`;
  }
  if (kind === 'radios') {
    const checked = record.control.querySelector('input:checked');
    return !checked && record.required ? `Chọn ${lower(label)}` : '';
  }
  if (kind === 'boolean') return '';
  const value = record.control.value.trim();
  if (value === '') return record.required ? `Nhập ${lower(label)}` : '';
  if (kind === 'number') {
    if (!/^[-+]?\d+$/.test(value)) return `${label} phải là số nguyên`;
    const number = Number(value);
    if (field.minimum !== undefined && number < field.minimum) return `${label} phải từ ${field.minimum} trở lên`;
    if (field.maximum !== undefined && number > field.maximum) return `${label} phải từ ${field.maximum} trở xuống`;
    return '';
  }
  const length = [...value].length;
  if (field.minLength !== undefined && length < field.minLength)
    return `${label} phải có ít nhất ${field.minLength} ký tự`;
  if (field.maxLength !== undefined && length > field.maxLength)
    return `${label} phải có nhiều nhất ${field.maxLength} ký tự`;
  if (record.pattern && !record.pattern.test(value)) return `${label} không đúng định dạng`;
  return '';
}

function showError(record, message) {
  if (message === record.message) return;
  record.message = message;
  record.error.textContent = message ? `Lỗi: ${message}` : '';
  record.error.hidden = !message;
  record.wrapper.classList.toggle('field--error', Boolean(message));
  if (record.kind === 'date')
    for (const input of Object.values(record.parts)) input.setAttribute('aria-invalid', String(Boolean(message)));
  else record.control.setAttribute('aria-invalid', String(Boolean(message)));
  describe(record.control, record);
}

/**
 * Builds the form for a schema whose properties are sections of flat fields, appends it to
 * `parent` and returns it. Validates the changed field on every input.
 */
export function mountVanilla(schema, parent) {
  // A <div>, not a <form>: Chromium registers every input inserted under a <form> in tree order,
  // which makes building thousands of inputs quadratic (~1 s for 6000 inputs here). <dvc-form>
  // renders no native form either (its controls live in its shadow root).
  const form = element('div', 'vanilla-form');
  const records = new Map();
  const values = new Map();
  for (const [sectionName, section] of Object.entries(schema.properties)) {
    const fieldset = element('fieldset', 'section');
    fieldset.append(element('legend', 'section-legend', section.title));
    const required = new Set(section.required ?? []);
    for (const [name, field] of Object.entries(section.properties)) {
      const pointer = `/${sectionName}/${name}`;
      const kind = kindOf(field);
      const wrapper = element('div', 'field');
      wrapper.dataset.pointer = pointer;
      uid += 1;
      const record = {
        pointer,
        field,
        kind,
        id: `v${uid}`,
        required: required.has(name),
        wrapper,
        message: '',
        control: null,
        error: null,
      };
      if (field.pattern) {
        if (!patterns.has(field.pattern)) patterns.set(field.pattern, new RegExp(field.pattern, 'u'));
        record.pattern = patterns.get(field.pattern);
      }
      if (kind === 'radios') buildRadios(record, wrapper);
      else if (kind === 'boolean') buildCheckbox(record, wrapper);
      else if (kind === 'date') buildDate(record, wrapper);
      else buildText(record, wrapper);
      records.set(pointer, record);
      fieldset.append(wrapper);
    }
    form.append(fieldset);
  }
  const onInput = (event) => {
    const wrapper = event.target.closest('[data-pointer]');
    const record = wrapper && records.get(wrapper.dataset.pointer);
    if (!record) return;
    values.set(record.pointer, record.kind === 'boolean' ? record.control.checked : event.target.value);
    showError(record, validate(record));
  };
  form.addEventListener('input', onInput);
  form.addEventListener('change', onInput);
  const submit = element('button', 'button', 'Tiếp tục');
  submit.type = 'button';
  form.append(submit);
  parent.append(form);
  return form;
}

/** The native input of a text field, for the keystroke metric. */
export function vanillaInputFor(form, pointer) {
  return form.querySelector(`[data-pointer="${pointer}"] input`);
}
