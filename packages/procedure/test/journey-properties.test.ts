/**
 * Property tests of the journey over random answer sequences for the five original procedures
 * (a seeded generator, so a failure names its seed and can be replayed): no reachable state
 * throws, no junk page opens, and the review lists exactly the active answers.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { registerVnFormats } from '@dvc/schema/formats.js';
import { activeFields, fieldModel, joinPointer, setAt, type JsonSchemaObject } from '@dvc/schema';
import { compile, Journey, type JourneyState } from '../src/journey/journey.js';
import { procedureDefinitionSchema } from '../src/procedure/definition-schema.js';

registerVnFormats();
const procedures = [
  'dang-ky-khai-sinh',
  'dang-ky-thuong-tru',
  'dang-ky-ket-hon',
  'cap-phieu-ly-lich-tu-phap',
  'cap-doi-cap-lai-giay-phep-lai-xe',
];
const proceduresDir = fileURLToPath(new URL('../../../schemas/procedures/', import.meta.url));
const sequences = Number(process.env['DVC_JOURNEY_SEQUENCES'] ?? 25);
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

/** A value for a field: often a valid one (an option, a date), sometimes junk. */
function valueFor(schema: JsonSchemaObject, next: () => number): unknown {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
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

for (const id of procedures) {
  describe(`Journey properties: ${id}`, () => {
    const definition = procedureDefinitionSchema.parse(JSON.parse(readFileSync(`${proceduresDir}${id}.json`, 'utf8')));
    const { context } = compile(definition);
    it(`${sequences} random answer sequences: nothing throws, guards hold, review lists exactly the active answers`, () => {
      for (let seed = 1; seed <= sequences; seed += 1) {
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
            documents: [],
            assisted: next() < 0.2,
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
        }
      }
    });
  });
}
