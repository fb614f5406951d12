import type { RendererStrings } from './renderer-vi.js';

/** Strings of the `<dvc-form>` renderer (namespace `dvc-form`), English. */
export const rendererEn: RendererStrings = {
  summary: {
    yes: 'Yes',
    no: 'No',
  },
  form: {
    submit: 'Continue',
    /** The validation message of the whole form inside a native form (form association). */
    invalid: 'The form has errors to fix',
    errorTitlePrefix: 'Error: ',
    schemaErrorTitle: 'This form cannot be shown',
    schemaErrorBody: 'The form definition has a problem at {{pointer}}: {{reason}}.',
    schemaErrorHelp: 'Please tell the agency that provides this service. Nothing you entered has been lost.',
    chooseBranch: 'Choose one',
    branch: 'Case {{number}}',
    addGroup: 'Add {{label}}',
    removeGroup: 'Remove {{label}}',
    item: 'item',
    add: 'Add {{item}}',
    remove: 'Remove',
    itemLegend: '{{Item}} {{number}}',
    added: 'Added {{item}} {{number}}',
    removed: 'Removed {{item}} {{number}}',
  },
  schema: {
    notAnObject: 'the schema must be a JSON object',
    rootNotObject: 'the root schema must be of type object',
    invalid: 'it does not follow JSON Schema 2020-12 (keyword {{keyword}})',
    remoteRef: 'references to other documents are not supported ({{ref}})',
    unsupportedRef: 'this kind of reference is not supported ({{ref}})',
    missingRef: '{{ref}} was not found',
    invalidRef: '{{ref}} does not point to a schema',
    circularRef: 'circular reference {{ref}}',
    notASchema: 'this value is not a schema',
    unsupportedType: 'the data type {{type}} cannot be shown in a form',
    multipleTypes: 'a field cannot take several data types ({{types}}) in a form',
    mixedChoice: 'the choices of {{keyword}} must all be of one data type to be shown',
    partUnavailable: 'part of the form could not be loaded; check your connection and reload the page',
  },
};
