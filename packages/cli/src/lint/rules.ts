/**
 * The rules that keep generated forms accessible and consistent, run on a procedure that
 * already conforms to the format. Each finds problems by JSON pointer into the procedure file.
 */
import { rawPrefill } from '@dvc/schema/prefill.js';
import { citizenPaths, prefillSpecIssue } from '@dvc/identity';
import { isValidAutocomplete, personalDataTokens } from './autocomplete.js';
import { checkClosedObjects } from './closed-objects.js';
import {
  countQuestions,
  fieldLabel,
  isAddressField,
  isObject,
  joinPointer,
  optionsOf,
  resolveLocal,
  topLevelPropertyDefinitionsOf,
  walkFields,
  type FieldVisit,
  type RawProblem,
} from './walk.js';

export const hintLimit = 150;
export const questionsPerStepLimit = 10;
const addressPaths = new Set(['placeOfBirthRegistration', 'placeOfOrigin', 'permanentAddress', 'currentAddress']);
/** Values the citizen model can hold at a path, where it is a closed list. */
const citizenValueDomains: Readonly<Record<string, readonly string[]>> = { sex: ['male', 'female'] };

function en(schema: Record<string, unknown>): Record<string, unknown> {
  const i18n = schema['x-i18n'];
  return isObject(i18n) && isObject(i18n['en']) ? i18n['en'] : {};
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function checkField(
  visit: FieldVisit,
  dataSchema: Record<string, unknown>,
  report: (problem: RawProblem) => void,
): void {
  const { pointer, site, schema } = visit;
  const field = fieldLabel(visit);
  const english = en(schema);

  // Titles, in Vietnamese and English.
  if (!text(schema['title'])) {
    report({
      rule: text(schema['x-placeholder']) ? 'placeholder-label' : 'field-title',
      pointer,
      key: text(schema['x-placeholder']) ? 'rules.placeholderLabel' : 'rules.fieldTitle',
      params: { field },
    });
  } else if (!text(english['title']))
    report({ rule: 'field-title', pointer, key: 'rules.fieldTitleEn', params: { field } });
  if (text(schema['title']) && text(schema['x-placeholder']))
    report({
      rule: 'placeholder-label',
      severity: 'warning',
      pointer,
      key: 'rules.placeholderDiscouraged',
      params: { field },
    });

  // Other texts: translated, hints short.
  const hintKeyword = text(schema['x-hint']) ? 'x-hint' : text(schema['description']) ? 'description' : undefined;
  if (hintKeyword) {
    const viHint = text(schema[hintKeyword]);
    const enHint = text(english['x-hint']) || text(english['description']);
    if (!enHint)
      report({ rule: 'text-translated', pointer, key: 'rules.textEn', params: { field, keyword: hintKeyword } });
    for (const [language, hint] of [
      ['vi', viHint],
      ['en', enHint],
    ] as const) {
      if (hint.length > hintLimit)
        report({
          rule: 'hint-length',
          pointer,
          key: 'rules.hintLength',
          params: { field, language, length: hint.length, limit: hintLimit },
        });
    }
  }
  // A plain-language hint (simplified-language presentation) is a text like the others: English too.
  for (const keyword of ['x-item-title', 'x-placeholder', 'x-hint-simple']) {
    if (text(schema[keyword]) && !text(english[keyword]))
      report({ rule: 'text-translated', pointer, key: 'rules.textEn', params: { field, keyword } });
  }
  const messages = schema['x-messages'];
  if (isObject(messages)) {
    for (const [keyword, message] of Object.entries(messages)) {
      if (!isObject(message) || !text(message['vi']) || !text(message['en'])) {
        report({
          rule: 'text-translated',
          pointer: joinPointer(pointer, 'x-messages', keyword),
          key: 'rules.messageLanguages',
          params: { field, keyword },
        });
      }
    }
  }

  // Options: every one labelled in both languages.
  const options = optionsOf(schema, dataSchema, pointer);
  if (options) {
    for (const option of options) {
      if (!option.vi)
        report({
          rule: 'option-label',
          pointer: option.pointer ?? pointer,
          key: 'rules.optionLabel',
          params: { field, option: option.value },
        });
      else if (!option.en)
        report({
          rule: 'option-label',
          pointer: option.pointer ?? pointer,
          key: 'rules.optionLabelEn',
          params: { field, option: option.value },
        });
    }
  }

  // Identity prefill.
  const prefillSite = rawPrefill(site) !== undefined ? site : schema;
  const prefill = rawPrefill(prefillSite);
  let from: string | undefined;
  if (prefill !== undefined) {
    const prefillPointer = joinPointer(pointer, 'x-prefill');
    const map = isObject(prefill) ? prefill['map'] : undefined;
    const issue = prefillSpecIssue(prefillSite);
    if (issue === 'shape' || !isObject(prefill))
      report({ rule: 'prefill-path', pointer: prefillPointer, key: 'rules.prefillShape', params: { field } });
    else if (issue === 'path') {
      report({
        rule: 'prefill-path',
        pointer: joinPointer(prefillPointer, 'from'),
        key: 'rules.prefillPath',
        params: { field, from: prefill['from'] as string, paths: citizenPaths.join(', ') },
      });
    } else {
      from = prefill['from'] as string;
      if (addressPaths.has(from) !== isAddressField(schema, dataSchema))
        report({
          rule: 'prefill-path',
          pointer: joinPointer(prefillPointer, 'from'),
          key: 'rules.prefillKind',
          params: { field, from },
        });
      const domain = citizenValueDomains[from];
      const mapping = isObject(map) ? (map as Record<string, string>) : undefined;
      if (mapping && domain) {
        for (const key of Object.keys(mapping)) {
          if (!domain.includes(key))
            report({
              rule: 'prefill-path',
              pointer: joinPointer(prefillPointer, 'map', key),
              key: 'rules.prefillMapKey',
              params: { field, key, allowed: domain.join(', ') },
            });
        }
      }
      if (options) {
        const values = new Set(options.map((option) => option.value));
        const produced = mapping
          ? Object.entries(mapping).map(([key, value]) => ({ key, value }))
          : (domain ?? []).map((value) => ({ key: undefined, value }));
        for (const { key, value } of produced) {
          if (!values.has(value))
            report({
              rule: 'prefill-path',
              pointer: key === undefined ? prefillPointer : joinPointer(prefillPointer, 'map', key),
              key: 'rules.prefillMapValue',
              params: { field, value },
            });
        }
      }
    }
  }

  // Autocomplete tokens on personal data (WCAG 1.3.5).
  const autocomplete = text(schema['x-autocomplete']);
  if (autocomplete && !isValidAutocomplete(autocomplete))
    report({
      rule: 'autocomplete',
      pointer: joinPointer(pointer, 'x-autocomplete'),
      key: 'rules.autocompleteInvalid',
      params: { field, actual: autocomplete },
    });
  const expected = from ? personalDataTokens[from] : undefined;
  if (expected && !options) {
    const format = text(schema['format']);
    const byDefault = format === 'email' ? 'email' : format === 'vn-phone' || format === 'tel' ? 'tel' : '';
    const actual = autocomplete || byDefault;
    if (!actual)
      report({
        rule: 'autocomplete',
        pointer,
        key: 'rules.autocompleteMissing',
        params: { field, from: from!, token: expected },
      });
    else if (actual.split(/\s+/).at(-1) !== expected)
      report({
        rule: 'autocomplete',
        pointer: joinPointer(pointer, 'x-autocomplete'),
        key: 'rules.autocompleteWrong',
        params: { field, from: from!, token: expected, actual },
      });
  }
}

/** A field identity data answers in full: locked x-prefill, or an object whose required members all are. */
function answeredByIdentity(schema: Record<string, unknown>, root: Record<string, unknown>): boolean {
  const resolved = resolveLocal(schema, root);
  const prefill = rawPrefill(resolved) ?? rawPrefill(schema);
  if (isObject(prefill) && prefill['policy'] === 'locked') return true;
  const properties = resolved['properties'];
  const required = resolved['required'];
  if (!isObject(properties) || !Array.isArray(required) || required.length === 0) return false;
  return required.every(
    (name) =>
      isObject(properties[String(name)]) &&
      answeredByIdentity(properties[String(name)] as Record<string, unknown>, root),
  );
}

/** `lookup.step` names a step; bundle services have unique ids and `after` names other services of the bundle. */
function checkLookupAndBundle(
  procedure: Record<string, unknown>,
  stepIds: ReadonlySet<string>,
  report: (problem: RawProblem) => void,
): void {
  const lookup = procedure['lookup'];
  if (isObject(lookup) && !stepIds.has(String(lookup['step'])))
    report({
      rule: 'lookup',
      pointer: '/lookup/step',
      key: 'rules.lookupStep',
      params: { step: String(lookup['step']) },
    });
  const bundle = procedure['bundle'];
  if (!isObject(bundle) || !Array.isArray(bundle['services'])) return;
  const services = bundle['services'] as Record<string, unknown>[];
  const ids = services.map((service) => String(service['id']));
  services.forEach((service, index) => {
    if (ids.indexOf(String(service['id'])) !== index)
      report({
        rule: 'bundle',
        pointer: `/bundle/services/${index}/id`,
        key: 'rules.bundleDuplicateId',
        params: { service: String(service['id']) },
      });
    const after = Array.isArray(service['after']) ? (service['after'] as unknown[]).map(String) : [];
    after.forEach((other, afterIndex) => {
      if (!ids.includes(other) || other === service['id'])
        report({
          rule: 'bundle',
          pointer: `/bundle/services/${index}/after/${afterIndex}`,
          key: 'rules.bundleAfter',
          params: { service: String(service['id']), other },
        });
    });
  });
}

export function runRules(procedure: Record<string, unknown>, report: (problem: RawProblem) => void): void {
  const dataSchema = procedure['dataSchema'] as Record<string, unknown>;

  if (procedure['code'] === null)
    report({ rule: 'code', severity: 'warning', pointer: '/code', key: 'rules.codeMissing', params: {} });

  // Fields of the data schema.
  walkFields(
    dataSchema,
    (visit) => checkField(visit, dataSchema, report),
    (pointer) => report({ rule: 'no-x-step', pointer, key: 'rules.manualStep', params: {} }),
  );
  // Objects closed, so undeclared fields are refused.
  checkClosedObjects(dataSchema, report);

  // Steps: every top-level field on exactly one page, pages of a sensible size.
  const steps = procedure['steps'] as { id: string; fields: string[] }[];
  const definitions = topLevelPropertyDefinitionsOf(dataSchema);
  const topLevel = new Map<string, string>();
  for (const definition of definitions)
    if (!topLevel.has(definition.name)) topLevel.set(definition.name, definition.pointer);
  const owner = new Map<string, string>();
  const stepIds = new Set<string>();
  steps.forEach((step, stepIndex) => {
    if (stepIds.has(step.id))
      report({
        rule: 'steps',
        pointer: `/steps/${stepIndex}/id`,
        key: 'rules.stepDuplicateId',
        params: { step: step.id },
      });
    stepIds.add(step.id);
    let questions = 0;
    step.fields.forEach((field, fieldIndex) => {
      const pointer = `/steps/${stepIndex}/fields/${fieldIndex}`;
      if (!topLevel.has(field))
        return report({ rule: 'steps', pointer, key: 'rules.stepUnknownField', params: { step: step.id, field } });
      const other = owner.get(field);
      if (other !== undefined)
        return report({ rule: 'steps', pointer, key: 'rules.stepDuplicateField', params: { field, other } });
      owner.set(field, step.id);
      for (const definition of definitions)
        if (definition.name === field) questions += countQuestions(definition.schema, dataSchema);
    });
    if (questions > questionsPerStepLimit)
      report({
        rule: 'step-size',
        pointer: `/steps/${stepIndex}`,
        key: 'rules.stepSize',
        params: { step: step.id, count: questions, limit: questionsPerStepLimit },
      });
  });
  for (const [field, pointer] of topLevel) {
    if (owner.has(field)) continue;
    // A field on no page is allowed only when identity data answers it (a service with no questions).
    const schema = definitions.find((definition) => definition.name === field)?.schema;
    if (!isObject(schema) || !answeredByIdentity(schema, dataSchema))
      report({ rule: 'steps', pointer: `/dataSchema${pointer}`, key: 'rules.stepMissingField', params: { field } });
  }

  checkLookupAndBundle(procedure, stepIds, report);

  // Documents: what a required upload accepts.
  (procedure['documents'] as Record<string, unknown>[]).forEach((document, index) => {
    if (
      document['required'] === true &&
      (!Array.isArray(document['acceptedTypes']) || typeof document['maxSizeMB'] !== 'number')
    ) {
      report({
        rule: 'documents',
        pointer: `/documents/${index}`,
        key: 'rules.documentUpload',
        params: { document: text((document['title'] as Record<string, unknown>)['vi']) || String(document['id']) },
      });
    }
  });

  // Fees: stated, or explicitly free.
  const fees = procedure['fees'] as Record<string, unknown>[];
  if (fees.length === 0) report({ rule: 'fees', pointer: '/fees', key: 'rules.feesMissing', params: {} });
  fees.forEach((fee, index) => {
    const name = String(fee['id']);
    if (fee['amount'] === undefined && fee['free'] !== true && fee['setBy'] === undefined)
      report({ rule: 'fees', pointer: `/fees/${index}`, key: 'rules.feeUnstated', params: { fee: name } });
    if (
      fee['free'] === true &&
      ((typeof fee['amount'] === 'number' && fee['amount'] > 0) ||
        (typeof fee['onlineAmount'] === 'number' && fee['onlineAmount'] > 0))
    ) {
      report({ rule: 'fees', pointer: `/fees/${index}/free`, key: 'rules.feeContradiction', params: { fee: name } });
    }
  });
}
