/**
 * Property tests of the journey over random answer sequences for every procedure in
 * schemas/procedures/ (a procedure added there is covered too; a seeded generator, so a failure
 * names its seed and can be replayed): no reachable state throws, no junk page opens, Continue and Back
 * are each other's inverse, after submitting only the confirmation, status and feedback open, and
 * the review lists exactly the active answers.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { registerVnFormats } from '@dvc/schema/formats.js';
import { activeFields, fieldModel, joinPointer, setAt, type JsonSchemaObject } from '@dvc/schema';
import { compile, Journey, type JourneyState } from '../src/journey/journey.js';
import { procedureDefinitionSchema } from '../src/procedure/definition-schema.js';

registerVnFormats();
const fiveProcedures = [
  'dang-ky-khai-sinh',
  'dang-ky-thuong-tru',
  'dang-ky-ket-hon',
  'cap-phieu-ly-lich-tu-phap',
  'cap-doi-cap-lai-giay-phep-lai-xe',
];
const proceduresDir = fileURLToPath(new URL('../../../schemas/procedures/', import.meta.url));
const proceduresInFolder = readdirSync(proceduresDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.slice(0, -'.json'.length));
const procedures = [...fiveProcedures, ...proceduresInFolder.filter((id) => !fiveProcedures.includes(id))];
const sequences = Number(process.env['DVC_JOURNEY_SEQUENCES'] ?? 25);
const receipt = { reference: 'DVC-2026-000001', status: 'received' as const, submittedAt: '2026-01-01T00:00:00Z' };
const stepsPerSequence = 40;

/** mulberry32: a small seeded generator. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Values of any shape, as a host's draft or a hand-edited answer may hold them. */
const junkValues: readonly unknown[] = [null, 'x', '', [], [1, 'a'], {}, { a: { b: 1 } }, 0, -1, 1e21, true];
/** Junk an answer may be in a sequence: of the wrong type, but no group where a single value belongs (that is never valid, so never reviewed). */
const junkAnswers: readonly unknown[] = [null, 'x', '', [], {}, 0, -1, 1e21, true];

/** A value for a field: often a valid one (an option, a date), sometimes junk, sometimes of the wrong type. */
function valueFor(schema: JsonSchemaObject, next: () => number): unknown {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  if (next() < 0.1) return pick(junkAnswers);
  const options = fieldModel(schema, 'vi', '').options;
  if (options.length && next() < 0.8) {
    const option = pick(options).value;
    return schema.type === 'integer' || schema.type === 'number' ? Number(option) : option;
  }
  if (schema.const !== undefined && next() < 0.8) return schema.const;
  switch (schema.type) {
    case 'object':
      return {};
    case 'array':
      return next() < 0.5 ? [] : [{}];
    case 'boolean':
      return next() < 0.5;
    case 'integer':
    case 'number':
      return Math.floor(next() * 10) - 1;
    default:
      if (schema.format === 'date')
        return `19${10 + Math.floor(next() * 89)}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`;
      return pick(['Nguyễn Văn An', '', '001088012345', 'x', '0912345678', 'Số 1 Tràng Tiền']);
  }
}

/** Pointers of the JSON leaves of `value` (objects and arrays are walked into). */
function leafPointers(value: unknown, pointer = ''): string[] {
  if (typeof value !== 'object' || value === null) return pointer ? [pointer] : [];
  return Object.entries(value).flatMap(([key, child]) => leafPointers(child, joinPointer(pointer, key)));
}

describe('Journey properties cover', () => {
  it('every procedure of schemas/procedures/, the five original ones among them', () => {
    assert.ok(proceduresInFolder.length >= 25, `${proceduresInFolder.length} procedures`);
    for (const id of fiveProcedures) assert.ok(proceduresInFolder.includes(id), id);
  });
});

for (const id of procedures) {
  const count = sequences;
  describe(`Journey properties: ${id}`, () => {
    const definition = procedureDefinitionSchema.parse(JSON.parse(readFileSync(`${proceduresDir}${id}.json`, 'utf8')));
    const { context } = compile(definition);
    it('answers of any shape throw nothing: the first page that asks something opens', () => {
      for (const answers of [undefined, ...junkValues]) {
        const journey = new Journey({ definition, answers });
        assert.ok(journey.canVisit(journey.firstUnanswered()), `${id}: ${JSON.stringify(answers)}`);
        journey.review('vi');
        journey.submission();
      }
    });

    it(`${count} random answer sequences: nothing throws, guards hold, review lists exactly the active answers`, () => {
      for (let seed = 1; seed <= count; seed += 1) {
        const next = random(seed * 7919);
        let answers: Record<string, unknown> = {};
        for (let move = 0; move < stepsPerSequence; move += 1) {
          const fields = activeFields(context, answers);
          if (!fields.length) break;
          const field = fields[Math.floor(next() * fields.length)]!;
          answers = setAt(answers, field.pointer, valueFor(field.schema, next)) as Record<string, unknown>;
          const state: JourneyState = {
            definition,
            answers,
            identityCanPrefill: next() < 0.5,
            consent: next() < 0.5 ? 'accepted' : undefined,
            payable: next() < 0.5,
            declared: next() < 0.5,
            // Some of the procedure's documents attached, some not.
            documents: definition.documents
              .filter(() => next() < 0.5)
              .map((document) => ({ documentId: document.id, source: 'upload' as const, reference: document.id })),
            assisted: next() < 0.2,
            ...(next() < 0.3 ? { payment: { paymentId: 'PAY-1', amount: 1000, status: 'paid' as const } } : {}),
          };
          const where = `${id} seed ${seed} move ${move}`;
          const journey = new Journey(state);
          const pages = journey.pages();
          const first = journey.firstUnanswered();
          assert.ok(journey.canVisit(first), `${where}: the first unanswered page opens`);
          for (const page of pages) {
            journey.next(page);
            journey.previous(page);
            if (journey.canVisit(page))
              assert.ok(pages.indexOf(page) <= pages.indexOf(first), `${where}: ${page} is not past ${first}`);
          }
          for (const junk of ['confirmation', 'status', 'step-x', 'nope', '', 7])
            assert.ok(!journey.canVisit(junk), `${where}: ${String(junk)} refused`);
          for (const [index, page] of pages.entries()) {
            const following = pages[index + 1];
            assert.equal(journey.next(page), following ?? 'confirmation', `${where}: Continue from ${page}`);
            if (following) assert.equal(journey.previous(following), page, `${where}: Back from ${following}`);
            assert.equal(journey.submitsFrom(page), following === undefined, `${where}: ${page} submits`);
          }
          const attached = new Set(state.documents!.map((document) => document.documentId));
          const missing = definition.documents.filter((document) => document.required && !attached.has(document.id));
          assert.deepEqual(
            journey.missingDocuments(),
            missing.map((document) => document.id),
            `${where}: missing`,
          );
          const done = new Journey({ ...state, receipt });
          assert.equal(done.firstUnanswered(), 'confirmation', `${where}: after submitting`);
          for (const page of [...pages, 'confirmation', 'status', 'feedback'])
            assert.equal(
              done.canVisit(page),
              ['confirmation', 'status', 'feedback'].includes(page),
              `${where}: after submitting, ${page}`,
            );
          assert.equal(done.previous('confirmation'), undefined, `${where}: Back stays on the confirmation`);
          const review = journey.review(move % 2 ? 'en' : 'vi');
          const listed = [...review.sections.flatMap((section) => section.answers), ...review.unplaced];
          const listedPointers = listed.map((answer) => answer.pointer).sort();
          const hidden = new Set(
            activeFields(context, journey.value)
              .filter((entry) => fieldModel(entry.schema, 'vi', entry.pointer).kind === 'hidden')
              .map((entry) => entry.pointer),
          );
          const addresses = activeFields(context, journey.value)
            .filter((entry) => entry.schema['x-widget'] === 'address' && typeof entry.value === 'object')
            .map((entry) => entry.pointer);
          const active = [
            ...new Set(
              leafPointers(journey.value)
                // An address is one answer, whatever parts it holds (its hidden free-text line too).
                .map((pointer) => addresses.find((address) => pointer.startsWith(`${address}/`)) ?? pointer)
                .filter((pointer) => !hidden.has(pointer)),
            ),
          ].sort();
          assert.deepEqual(listedPointers, active, `${where}: the review lists exactly the active answers`);
          for (const answer of listed) assert.ok(answer.label, `${where}: ${answer.pointer} has a label`);
          const payload = journey.submission();
          assert.deepEqual(payload.value, journey.value);
          assert.deepEqual(payload.documents, state.documents, `${where}: the documents are submitted`);
          assert.equal(payload.payment?.paymentId, state.payment?.paymentId, `${where}: a paid payment is submitted`);
        }
      }
    });
  });
}
