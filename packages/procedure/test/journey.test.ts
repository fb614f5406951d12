/** The pure journey model: pages, guards, Continue/Back, review and submission (no browser). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { registerVnFormats } from '@dvc/schema/formats.js';
import { Journey, labelInSection, type JourneyState } from '../src/journey/journey.js';
import { procedureDefinitionSchema } from '../src/procedure/definition-schema.js';
import type { ProcedureDefinition } from '../src/procedure/definition.js';
import { definition as testDefinition } from '../src/test-support/journey.js';

registerVnFormats();
const definition: ProcedureDefinition = procedureDefinitionSchema.parse(testDefinition);
const paid = { paymentId: 'PAY-1', amount: 10000, status: 'paid' as const };
const held = [{ documentId: 'giay-to', source: 'held' as const, reference: 'held-1' }];

function journey(state: Partial<JourneyState> = {}): Journey {
  return new Journey({ definition, answers: {}, ...state });
}

describe('Journey pages', () => {
  it('orders the pages: start, consent, steps, documents, review, declaration, payment', () => {
    assert.deepEqual(journey({ identityCanPrefill: true, payable: true }).pages(), [
      'start',
      'consent',
      'step-ban-than',
      'step-ban-sao',
      'documents',
      'review',
      'declaration',
      'payment',
    ]);
  });

  it('adds the assisted intake first and the sign page after the declaration', () => {
    const signed = procedureDefinitionSchema.parse({ ...testDefinition, signing: { required: true } });
    assert.deepEqual(new Journey({ definition: signed, answers: {}, assisted: true, payable: true }).pages(), [
      'assisted-intake',
      'start',
      'step-ban-than',
      'step-ban-sao',
      'documents',
      'review',
      'declaration',
      'sign',
      'payment',
    ]);
  });

  it('has no declaration page when the procedure has its own required const-true boolean', () => {
    const own = procedureDefinitionSchema.parse({
      ...testDefinition,
      dataSchema: {
        ...testDefinition.dataSchema,
        required: [...testDefinition.dataSchema.required, 'camDoan'],
        properties: { ...testDefinition.dataSchema.properties, camDoan: { type: 'boolean', const: true } },
      },
    });
    assert.ok(!new Journey({ definition: own, answers: {} }).pages().includes('declaration'));
  });
});

describe('Journey guards', () => {
  it('opens nothing past the first unanswered page', () => {
    const fresh = journey({ identityCanPrefill: true });
    assert.equal(fresh.firstUnanswered(), 'consent');
    assert.ok(fresh.canVisit('start'));
    assert.ok(fresh.canVisit('consent'));
    assert.ok(!fresh.canVisit('review'));
    assert.ok(!fresh.canVisit('confirmation'), 'no confirmation without a receipt');
    assert.ok(!fresh.canVisit('step-nope'));
    for (const junk of ['', 'nonsense', null, 42, {}, 'step-', '__proto__'])
      assert.equal(fresh.canVisit(junk), false, String(junk));
  });

  it('walks to the review as the answers come, step by step', () => {
    const answered = journey({ consent: 'declined', answers: { fullName: 'Phạm Hùng', personalId: '001088012345' } });
    assert.equal(answered.firstUnanswered(), 'step-ban-sao');
    const copies = journey({
      consent: 'declined',
      answers: { fullName: 'Phạm Hùng', personalId: '001088012345', copies: 2 },
    });
    assert.equal(copies.firstUnanswered(), 'documents');
    const documents = journey({
      answers: { fullName: 'Phạm Hùng', personalId: '001088012345', copies: 2 },
      documents: held,
    });
    assert.equal(documents.firstUnanswered(), 'declaration');
    assert.ok(documents.canVisit('review'));
    assert.equal(documents.next('review'), 'declaration');
    assert.equal(documents.next('declaration'), 'confirmation', 'without payment the declaration submits');
    assert.ok(documents.submitsFrom('declaration'));
    assert.equal(documents.previous('review'), 'documents');
    assert.equal(documents.previous('start'), undefined);
  });

  it('an invalid answer keeps its step unanswered', () => {
    const wrong = journey({ answers: { fullName: 'A', personalId: '001088012345', copies: 9 } });
    assert.equal(wrong.firstUnanswered(), 'step-ban-sao');
    assert.deepEqual([...wrong.invalid().steps], ['ban-sao']);
  });

  it('after submitting, only the confirmation, status and feedback open; Back stays on the confirmation', () => {
    const done = journey({ receipt: { reference: 'DVC-1', status: 'received', submittedAt: '2026-01-01T00:00:00Z' } });
    assert.equal(done.firstUnanswered(), 'confirmation');
    assert.ok(done.canVisit('status'));
    assert.ok(!done.canVisit('review'));
    assert.ok(!done.canVisit('start'));
    assert.equal(done.previous('confirmation'), undefined);
    assert.equal(done.previous('feedback'), 'confirmation');
    assert.ok(!done.submitsFrom('review'));
  });

  it('a payment page asks for a paid payment, and submits after it', () => {
    const state = {
      payable: true,
      declared: true,
      documents: held,
      answers: { fullName: 'A', personalId: '001088012345', copies: 1 },
    };
    assert.equal(journey(state).firstUnanswered(), 'payment');
    assert.ok(journey({ ...state, payment: paid }).submitsFrom('payment'));
    assert.ok(!journey({ ...state, payment: paid }).submitsFrom('declaration'));
  });

  it('a required signature without one keeps the sign page unanswered', () => {
    const signed = procedureDefinitionSchema.parse({ ...testDefinition, signing: { required: true } });
    const state = {
      definition: signed,
      declared: true,
      documents: held,
      answers: { fullName: 'A', personalId: '001088012345', copies: 1 },
    };
    assert.equal(new Journey(state).firstUnanswered(), 'sign');
    const signature = { signature: 'a.b.c', certificateChain: [], signedAt: '2026-01-01T00:00:00Z' };
    assert.ok(new Journey({ ...state, signature }).submitsFrom('sign'));
  });
});

describe('Journey review and submission', () => {
  it('lists the answers by step with their labels', () => {
    const { sections } = journey({ answers: { fullName: 'Phạm Hùng', copies: 2 } }).review('en');
    assert.deepEqual(
      sections.map((section) => [section.step.id, section.answers.map((answer) => [answer.label, answer.value])]),
      [
        ['ban-than', [['Full name', 'Phạm Hùng']]],
        ['ban-sao', [['Number of copies', 2]]],
      ],
    );
  });

  it('leaves out the label of the one group a step asks: the section stands for it', () => {
    const grouped = procedureDefinitionSchema.parse({
      ...testDefinition,
      steps: [{ id: 'tre', title: { vi: 'Thông tin của trẻ', en: 'The child' }, fields: ['child'] }],
      dataSchema: {
        type: 'object',
        properties: {
          child: {
            type: 'object',
            title: 'Thông tin trẻ em',
            properties: { name: { type: 'string', title: 'Họ và tên' }, sex: { type: 'string', title: 'Giới tính' } },
          },
        },
      },
    });
    const { sections } = new Journey({ definition: grouped, answers: { child: { name: 'An', sex: 'nam' } } }).review(
      'vi',
    );
    assert.equal(sections[0]!.group, 'Thông tin trẻ em');
    assert.deepEqual(
      sections[0]!.answers.map((answer) => answer.label),
      ['Họ và tên', 'Giới tính'],
    );
  });

  it('drops the section title from a row label that starts with it', () => {
    assert.equal(labelInSection('Người yêu cầu: Họ và tên', 'Người yêu cầu'), 'Họ và tên');
    assert.equal(labelInSection('Cha: Họ và tên', 'Người yêu cầu'), 'Cha: Họ và tên');
  });

  it('builds the submission: prefill token only with consent, payment only when paid, signature and assistance', () => {
    const assistance = {
      officerId: 'CB-1',
      consent: { method: 'spoken' as const, confirmedAt: '2026-01-01T00:00:00Z' },
    };
    const payload = journey({
      answers: { fullName: 'A', copies: 1, copiesNote: 'x' },
      consent: 'accepted',
      prefillToken: 'token-1',
      documents: held,
      payment: paid,
      assistance,
    }).submission();
    assert.equal(payload.procedureId, definition.id);
    assert.equal(payload.prefillToken, 'token-1');
    assert.deepEqual(payload.payment, { paymentId: 'PAY-1' });
    assert.deepEqual(payload.documents, held);
    assert.deepEqual(payload.assistance, assistance);
    const declined = journey({ consent: 'declined', prefillToken: 'token-1' }).submission();
    assert.equal(declined.prefillToken, undefined);
    assert.equal(declined.payment, undefined);
    const assisted = journey({ consent: 'declined', prefillToken: 'qr-token', assistance }).submission();
    assert.equal(assisted.prefillToken, 'qr-token', 'an assisted filing always carries the intake’s identity token');
  });
});
