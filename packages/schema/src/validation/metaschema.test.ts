import { expect } from '@open-wc/testing';
import { metaschemaDocuments } from './metaschema-2020-12.json.js';
import { metaschemaId, metaschemaLookup, staticMetaschemaDocuments } from './metaschema.js';
import './index.js';
import { forEachSchema } from './schema-walk.js';

const files = [
  'schema',
  'meta/core',
  'meta/applicator',
  'meta/unevaluated',
  'meta/validation',
  'meta/meta-data',
  'meta/format-annotation',
  'meta/content',
];

describe('draft 2020-12 metaschema', () => {
  it('is exactly what the installed ajv ships (regenerate with packages/schema/scripts/generate-data.mjs)', async () => {
    expect(metaschemaDocuments.length).to.equal(files.length);
    for (const [index, file] of files.entries()) {
      const response = await fetch(`/packages/schema/node_modules/ajv/dist/refs/json-schema-2020-12/${file}.json`);
      expect(response.ok, file).to.equal(true);
      expect(metaschemaDocuments[index], file).to.deep.equal(await response.json());
      expect(metaschemaDocuments[index]?.['$id']).to.equal(`https://json-schema.org/draft/2020-12/${file}`);
    }
  });

  it('resolves every $dynamicRef "#meta" statically to the top document, and nothing else', () => {
    const dynamic = (documents: readonly unknown[]): string[] => {
      const found: string[] = [];
      documents.forEach((document, index) =>
        forEachSchema(document, (node, visit) => {
          if (typeof node === 'object' && '$dynamicRef' in node) found.push(`${files[index]}#${visit.pointer}`);
        }),
      );
      return found;
    };
    expect(dynamic(metaschemaDocuments)).to.have.length(18);
    expect(dynamic(staticMetaschemaDocuments())).to.deep.equal([]);
    const applicator = staticMetaschemaDocuments()[2] as {
      properties: { not: unknown; properties: { additionalProperties: unknown } };
    };
    expect(applicator.properties.not).to.deep.equal({ $ref: metaschemaId });
    expect(applicator.properties.properties.additionalProperties).to.deep.equal({ $ref: metaschemaId });
    // A property NAMED "$dynamicRef" (core vocabulary) is a property definition, not a reference: it stays.
    const core = staticMetaschemaDocuments()[1] as { properties: Record<string, unknown> };
    expect(core.properties['$dynamicRef']).to.deep.equal({ $ref: '#/$defs/uriReferenceString' });
  });

  it('registers every document under its $id, without touching the generated data', () => {
    const lookup = metaschemaLookup();
    for (const file of files) expect(lookup[`https://json-schema.org/draft/2020-12/${file}`], file).to.be.an('object');
    expect(Object.getOwnPropertyNames(metaschemaDocuments[0])).not.to.include('__absolute_uri__');
  });
});
