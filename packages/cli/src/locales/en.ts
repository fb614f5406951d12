import type { vi } from './vi.js';

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** English strings of the `dvc` command line: the same keys as Vietnamese. */
export const en: Strings<typeof vi> = {
  cli: {
    usage:
      'Usage:\n  dvc lint <files…> [--format text|json] [--lang vi|en]\n  dvc types <file> [--out <file.d.ts>]\n  dvc types --format [--out <file.d.ts>]\n  dvc preview <file> [--port <port>] [--lang vi|en]',
    unknownCommand: 'There is no command “{{command}}”.',
    noFiles: 'Name at least one procedure file.',
    oneFile: 'This command takes exactly one procedure file.',
    badOption: 'Invalid option: {{reason}}',
    summary: '{{files}} file(s): {{errors}} error(s), {{warnings}} warning(s).',
    clean: 'No problems.',
    error: 'error',
    warning: 'warning',
    typesWritten: 'TypeScript types written to {{file}}.',
    typesRefused: 'No types for {{file}}: the file has errors. Run “dvc lint {{file}}” for details.',
    previewListening: 'Previewing {{file}} at {{url}} (Ctrl+C to stop).',
    previewPortInUse: 'Port {{port}} is already in use by another program. Choose another port: {{retry}}',
    previewPortDenied: 'Not allowed to open port {{port}}. Choose a port of 1024 or above: {{retry}}',
    previewNoFile: 'There is no file {{file}}. Check the path.',
  },
  read: {
    unreadable: 'The file cannot be read: {{reason}}',
    syntax: 'The file is not valid JSON: {{problem}}',
    syntaxCodes: {
      InvalidSymbol: 'invalid character',
      InvalidNumberFormat: 'badly written number',
      PropertyNameExpected: 'property name (in double quotes) expected',
      ValueExpected: 'value expected',
      ColonExpected: 'colon expected',
      CommaExpected: 'comma expected',
      CloseBraceExpected: 'closing brace } expected',
      CloseBracketExpected: 'closing bracket ] expected',
      EndOfFileExpected: 'extra content after the end of the document',
      InvalidCommentToken: 'JSON does not allow comments',
      UnexpectedEndOfComment: 'unterminated comment',
      UnexpectedEndOfString: 'unterminated string',
      UnexpectedEndOfNumber: 'incomplete number',
      InvalidUnicode: 'invalid Unicode escape',
      InvalidEscapeCharacter: 'invalid escape character',
      InvalidCharacter: 'character not allowed in a string',
      other: 'syntax error ({{code}})',
    },
  },
  schema: {
    required: 'The required property “{{property}}” is missing.',
    additionalProperties: 'The property “{{property}}” is not part of the procedure format.',
    type: 'The value must be of type {{expected}}.',
    enum: 'The value must be one of: {{allowed}}.',
    const: 'The value must be {{expected}}.',
    pattern: 'The value does not match the pattern {{pattern}}.',
    format: 'The value is not in the {{format}} format.',
    minLength: 'The value must be {{limit}} characters or more.',
    maxLength: 'The value must be {{limit}} characters or fewer.',
    minimum: 'The value must be {{limit}} or more.',
    maximum: 'The value must be {{limit}} or less.',
    exclusiveMinimum: 'The value must be more than {{limit}}.',
    exclusiveMaximum: 'The value must be less than {{limit}}.',
    minItems: 'The list must have at least {{limit}} item(s).',
    maxItems: 'The list must have no more than {{limit}} item(s).',
    minProperties: 'The object must have at least {{limit}} propert(ies).',
    uniqueItems: 'The list has duplicate items.',
    dependentRequired: 'The property “{{property}}” is missing; it is needed when “{{trigger}}” is present.',
    anyOf: 'The value does not match any allowed case.',
    oneOf: 'The value must match exactly one allowed case.',
    ref: 'The reference {{ref}} does not point to a definition in the document.',
    dataSchema: 'dataSchema does not conform to JSON Schema 2020-12 (keyword {{keyword}}).',
    other: 'The value does not conform to the procedure format (keyword {{keyword}}).',
  },
  rules: {
    unrenderable: {
      multipleTypes:
        'This field takes several data types ({{types}}): a form cannot show it. Use one type (with "null" if it may be empty), or a oneOf of titled choices.',
      mixedChoice:
        'The branches of {{keyword}} mix objects and other values, or several types: a form cannot show them as one choice. Give every branch the same type.',
    },
    fieldTitle: 'Field “{{field}}” has no Vietnamese title (title).',
    fieldTitleEn: 'Field “{{field}}” has no English title (x-i18n.en.title).',
    optionLabel: 'Option “{{option}}” of field “{{field}}” has no Vietnamese label (x-enum-labels or title).',
    optionLabelEn:
      'Option “{{option}}” of field “{{field}}” has no English label (x-i18n.en.options or the branch’s x-i18n.en.title).',
    textEn: '“{{keyword}}” of field “{{field}}” has no English translation (x-i18n.en.{{keyword}}).',
    messageLanguages: 'Message “{{keyword}}” in x-messages of field “{{field}}” needs both “vi” and “en”.',
    hintLength:
      'The hint of field “{{field}}” ({{language}}) is {{length}} characters long; shorten it to {{limit}} or fewer.',
    stepUnknownField: 'Step “{{step}}” names field “{{field}}”, which is not a top-level property of dataSchema.',
    stepDuplicateField: 'Field “{{field}}” already belongs to step “{{other}}”; a field belongs to exactly one step.',
    stepMissingField:
      'Field “{{field}}” belongs to no step; add its name to the fields of one step (only fields identity data answers, with a locked x-prefill, may be on no step).',
    lookupStep: 'lookup.step “{{step}}” is not the id of a step; name the step where the citizen enters the reference.',
    bundleDuplicateId: 'The bundle service id “{{service}}” is used twice.',
    bundleAfter:
      'Service “{{service}}” of the bundle comes after “{{other}}”, which is not another service of the bundle.',
    stepDuplicateId: 'The step id “{{step}}” is used twice.',
    stepSize: 'Step “{{step}}” asks {{count}} questions; the limit is {{limit}} per step, split it into several steps.',
    manualStep: 'Do not write x-step in dataSchema: the page of each field is declared in steps[].fields.',
    autocompleteMissing: 'Field “{{field}}” holds personal data ({{from}}) but has no x-autocomplete “{{token}}”.',
    autocompleteWrong:
      'Field “{{field}}” holds personal data ({{from}}): x-autocomplete must be “{{token}}”, not “{{actual}}”.',
    autocompleteInvalid: 'x-autocomplete “{{actual}}” of field “{{field}}” is not a valid HTML autofill token.',
    prefillShape:
      'x-prefill of field “{{field}}” must be { "from": "<path>", "policy": "locked" | "editable", "map"?: {…} }.',
    prefillPath:
      'x-prefill.from “{{from}}” of field “{{field}}” is not a path of the citizen model. Valid paths: {{paths}}.',
    prefillKind:
      'Field “{{field}}” and x-prefill.from “{{from}}” are of different kinds: addresses are prefilled from addresses, text from text.',
    prefillMapValue: 'x-prefill.map of field “{{field}}” gives “{{value}}”, which is not one of the field’s options.',
    prefillMapKey:
      'x-prefill.map of field “{{field}}” has the key “{{key}}”, which the citizen model never holds ({{allowed}}).',
    documentUpload:
      'Required document “{{document}}” must state the accepted file types (acceptedTypes) and the maximum size (maxSizeMB).',
    feesMissing: 'No fees are stated: list each fee, or say explicitly that the procedure is free ("free": true).',
    feeUnstated: 'Fee “{{fee}}” needs an amount, or "free": true, or who sets the amount (setBy).',
    feeContradiction: 'Fee “{{fee}}” is marked free but has an amount above 0.',
    placeholderLabel:
      'Field “{{field}}” uses x-placeholder instead of a label: add a title and move examples to x-hint.',
    placeholderDiscouraged: 'Field “{{field}}” uses x-placeholder: it disappears while typing; move it to x-hint.',
    codeMissing: 'No national procedure code (code); explain why in notes and add it once verified.',
    closedObject:
      'The object at {{pointer}} must set "unevaluatedProperties": false, so answers cannot carry undeclared fields.',
  },
  preview: {
    title: 'Preview: {{title}}',
    language: 'Language',
    steps: 'Steps',
    step: 'Step {{number}}: {{title}}',
    identityOnly: 'No questions: every detail comes from identity data',
    bundle: 'Services in the bundle',
    lookup: 'Look-up after step “{{step}}”: {{title}}',
    lint: 'Lint results',
    lintClean: 'No problems.',
    axe: 'Accessibility check (axe)',
    axeRunning: 'Checking…',
    axeClean: 'No WCAG A/AA violations.',
    axeViolations: '{{number}} violation(s)',
    fees: 'Fees',
    free: 'Free',
    online: 'online: {{amount}}',
    documents: 'Documents',
    processingTime: 'Processing time',
    noBundle:
      'The preview’s kit (dist/preview/kit.js of @dvc/cli) is missing. Run “pnpm build” once, then reload the page.',
    sampleCitizen: 'Fill in as a sample citizen (synthetic data)',
    noCitizen: 'Nobody: empty forms',
    resourcesFailed: '{{number}} file(s) failed to load: {{resources}}',
    reloading: 'The file changed, reloading…',
  },
};
