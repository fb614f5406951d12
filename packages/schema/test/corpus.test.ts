/** The renderer's corpus, in Node: every schema is renderable and each valid instance is its own active value. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { activeContext } from '@dvc/schema/active-context.js';
import { activeValue, checkSchema, unrenderableShapes, type JsonSchemaObject } from '@dvc/schema';
import { createSchemaValidator, validateAgainstMetaschema } from '@dvc/schema/validation.js';
import { registerVnFormats } from '@dvc/schema/formats.js';
import { corpus } from '../../form/src/corpus/corpus.js';

describe('the schema corpus, headless', () => {
  registerVnFormats();
  for (const entry of corpus) {
    it(`"${entry.name}": well-formed, renderable, the instance valid and all active`, () => {
      const schema = entry.schema as JsonSchemaObject;
      checkSchema(schema);
      assert.deepEqual(validateAgainstMetaschema(schema), []);
      assert.deepEqual(unrenderableShapes(schema), []);
      assert.deepEqual(createSchemaValidator(schema).validate(entry.value), []);
      assert.deepEqual(activeValue(activeContext(schema), entry.value), entry.value);
    });
  }

  it('refuses the shapes a form cannot show, with pointers', () => {
    const schema = {
      type: 'object',
      properties: {
        amount: { type: ['string', 'number'] },
        contact: { oneOf: [{ type: 'object', properties: { a: { type: 'string' } } }, { type: 'string' }] },
        list: { type: 'array', items: { type: ['integer', 'boolean'] } },
        maybe: { type: ['integer', 'null'] },
      },
    } as JsonSchemaObject;
    assert.deepEqual(
      unrenderableShapes(schema).map((problem) => `${problem.pointer} ${problem.messageKey}`),
      [
        '/properties/amount/type schema.multipleTypes',
        '/properties/contact/oneOf schema.mixedChoice',
        '/properties/list/items/type schema.multipleTypes',
      ],
    );
  });
});
