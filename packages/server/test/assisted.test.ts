import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { createHttpAssistedAdapter } from '../../procedure/src/adapters/assisted.js';
import { createHttpSubmissionAdapter } from '../../procedure/src/adapters/http.js';
import type { DvcServer } from '../src/index.js';
import { anonymousCookie, cookieOf, post, removeTempDirs, signIn, start, validValue } from './support/fixtures.js';

/** The synthetic citizen "legacy-address" (Trịnh Thị Mai) as her card's QR code reads. */
const maiQr =
  '034168005566|151234567|Trịnh Thị Mai|30111968|Nữ|Thôn Đông, xã Vũ Hội, huyện Vũ Thư, tỉnh Thái Bình|15082021';
const maiValue = {
  applicant: { fullName: 'Trịnh Thị Mai', personalId: '034168005566', phone: '0912345678' },
  reason: 'Bổ sung hồ sơ xin việc',
};
const spoken = { officerId: 'CB-0001', consent: { method: 'spoken', confirmedAt: '2026-12-06T04:00:00.000Z' } };

/** Both cookies of a response (session and officer) as one Cookie header. */
function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
}

/** A visitor's session, then the officer's sign-in on it: both cookies. */
async function officerSignIn(url: string, officerId = 'CB-0001'): Promise<string> {
  const session = await anonymousCookie(url);
  const response = await post(`${url}/api/demo/officer/session`, { officerId }, { cookie: session });
  assert.equal(response.status, 200);
  assert.equal(((await response.json()) as { officerId: string }).officerId, officerId);
  return `${session}; ${cookiesOf(response)}`;
}

async function identify(url: string, cookie: string, qr = maiQr): Promise<Response> {
  return post(`${url}/api/assisted/identity`, { qr }, { cookie });
}

let key = 0;
async function submitAs(url: string, cookie: string, body: Record<string, unknown>): Promise<Response> {
  key += 1;
  return post(
    `${url}/api/submissions`,
    { procedureId: 'test-certificate', value: maiValue, ...body },
    { cookie, 'idempotency-key': `assisted-${key}-${Date.now()}` },
  );
}

describe('assisted filing', () => {
  let server: DvcServer;
  let url: string;
  before(async () => ({ server, url } = await start()));
  after(async () => {
    await server.close();
    removeTempDirs();
  });

  it('signs an officer in with a signed officer cookie beside the session; unknown officers are 404', async () => {
    const cookie = await officerSignIn(url);
    assert.match(cookie, /dvc_session=.+; dvc_officer=CB-0001\./);
    const who = await fetch(`${url}/api/officer/session`, { headers: { cookie } });
    assert.equal(((await who.json()) as { name: string }).name, 'Lê Thị Thu (cán bộ thử nghiệm)');
    const nobody = await fetch(`${url}/api/officer/session`, { headers: { cookie: cookie.split('; ')[0]! } });
    assert.deepEqual(await nobody.json(), { signedIn: false });
    assert.equal((await post(`${url}/api/demo/officer/session`, { officerId: 'CB-9999' })).status, 404);
    const list = (await (await fetch(`${url}/api/demo/officers`)).json()) as { officers: unknown[] };
    assert.ok(list.officers.length >= 2);
  });

  it('exchanges a card QR text for a cccd-qr identity; bad QR text is a 422 with the identity problems', async () => {
    const cookie = await officerSignIn(url);
    const response = await identify(url, cookie);
    assert.equal(response.status, 200);
    const identity = (await response.json()) as { source: string; claims: string; prefillToken: string };
    assert.equal(identity.source, 'cccd-qr');
    assert.equal(identity.claims, maiQr);
    assert.ok(identity.prefillToken.length > 20);
    const bad = await identify(url, cookie, '034168005566|Trịnh Thị Mai');
    assert.equal(bad.status, 422);
    const problem = (await bad.json()) as { error: string; problems: { key: string }[] };
    assert.equal(problem.error, 'qr-invalid');
    assert.equal(problem.problems[0]?.key, 'qrFields');
  });

  it('refuses the QR exchange without an officer session', async () => {
    const citizen = await signIn(url);
    assert.equal((await identify(url, citizen.cookie)).status, 403);
    assert.equal((await identify(url, await anonymousCookie(url))).status, 403);
  });

  it('stores an assisted submission: assistedBy on the record and every provenance entry, nothing verified', async () => {
    const cookie = await officerSignIn(url);
    const identity = (await (await identify(url, cookie)).json()) as { prefillToken: string };
    const response = await submitAs(url, cookie, {
      prefillToken: identity.prefillToken,
      assistance: spoken,
      provenance: {
        '/applicant/fullName': { source: 'cccd-qr', from: 'fullName', verified: true, changed: false },
      },
    });
    assert.equal(response.status, 201, await response.clone().text());
    const { reference } = (await response.json()) as { reference: string };
    const record = await server.store.submission(reference);
    assert.ok(record);
    assert.equal(record.assistedBy, 'CB-0001');
    assert.deepEqual(record.assistance?.citizen, { source: 'cccd-qr', personalId: '034168005566' });
    assert.equal(record.citizenId, 'legacy-address');
    const provenance = record.provenance as Record<string, { verified: boolean; assistedBy: string; source: string }>;
    // Every answer: the card's values (source cccd-qr, never verified) and what the officer typed (manual).
    assert.deepEqual(
      Object.entries(provenance)
        .map(([pointer, entry]) => `${pointer} ${entry.source}`)
        .sort(),
      ['/applicant/fullName cccd-qr', '/applicant/personalId cccd-qr', '/applicant/phone manual', '/reason manual'],
    );
    for (const entry of Object.values(provenance)) {
      assert.equal(entry.assistedBy, 'CB-0001');
      assert.equal(entry.verified, false);
    }

    // The citizen, signed in on her own, sees on the status that it was filed with assistance.
    const citizen = await signIn(url, 'legacy-address');
    const status = await fetch(`${url}/api/submissions/${reference}`, { headers: { cookie: citizen.cookie } });
    assert.equal(status.status, 200);
    const report = (await status.json()) as { assistance: { officerId: string; officerName: string } };
    assert.deepEqual(
      { officerId: report.assistance.officerId, officerName: report.assistance.officerName },
      { officerId: 'CB-0001', officerName: 'Lê Thị Thu (cán bộ thử nghiệm)' },
    );
    // Someone else still cannot read it.
    const other = await signIn(url, 'no-middle-name');
    assert.equal(
      (await fetch(`${url}/api/submissions/${reference}`, { headers: { cookie: other.cookie } })).status,
      404,
    );
  });

  it('rejects assistance without an officer session, with a forged officer cookie, or naming another officer', async () => {
    const cookie = await officerSignIn(url);
    const { prefillToken } = (await (await identify(url, cookie)).json()) as { prefillToken: string };
    const sessionOnly = cookie.split('; ')[0]!;
    const missing = await submitAs(url, sessionOnly, { prefillToken, assistance: spoken });
    assert.equal(missing.status, 403);
    assert.equal(((await missing.json()) as { error: string }).error, 'officer-session-required');

    const forged = `${sessionOnly}; dvc_officer=CB-0001.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`;
    assert.equal((await submitAs(url, forged, { prefillToken, assistance: spoken })).status, 403);

    // Another officer's genuine cookie names that officer, not the one in the record.
    const otherOfficer = await officerSignIn(url, 'CB-0002');
    const swapped = `${sessionOnly}; ${otherOfficer.split('; ')[1]!}`;
    assert.equal((await submitAs(url, swapped, { prefillToken, assistance: spoken })).status, 403);

    const mismatch = await submitAs(url, cookie, { prefillToken, assistance: { ...spoken, officerId: 'CB-0002' } });
    assert.equal(mismatch.status, 403);
    assert.equal(((await mismatch.json()) as { error: string }).error, 'officer-mismatch');

    // A citizen's own session cannot claim assistance either.
    const citizen = await signIn(url);
    const claimed = await post(
      `${url}/api/submissions`,
      { procedureId: 'test-certificate', value: validValue, prefillToken: citizen.prefillToken, assistance: spoken },
      { cookie: citizen.cookie, 'idempotency-key': `assisted-citizen-${Date.now()}` },
    );
    assert.equal(claimed.status, 403);
  });

  it('rejects an identity token from another session, a missing token and a malformed assistance record', async () => {
    const first = await officerSignIn(url);
    const { prefillToken } = (await (await identify(url, first)).json()) as { prefillToken: string };
    const second = await officerSignIn(url);
    const replayed = await submitAs(url, second, { prefillToken, assistance: spoken });
    assert.equal(replayed.status, 422);
    assert.equal(((await replayed.json()) as { reason: string }).reason, 'session');
    const noToken = await submitAs(url, second, { assistance: spoken });
    assert.equal(((await noToken.json()) as { error: string }).error, 'assisted-identity-missing');
    const malformed = await submitAs(url, second, {
      prefillToken,
      assistance: { officerId: 'CB-0001', consent: { method: 'nod', confirmedAt: 'yesterday' } },
    });
    assert.equal(malformed.status, 400);
  });

  it('requires a verified demo OTP for OTP consent; wrong codes are refused', async () => {
    const cookie = await officerSignIn(url);
    const { prefillToken } = (await (await identify(url, cookie)).json()) as { prefillToken: string };
    const otpConsent = { ...spoken, consent: { ...spoken.consent, method: 'otp' } };
    const early = await submitAs(url, cookie, { prefillToken, assistance: otpConsent });
    assert.equal(((await early.json()) as { error: string }).error, 'consent-unverified');

    const issued = await post(`${url}/api/demo/otp`, { personalId: '034168005566' }, { cookie });
    assert.equal(issued.status, 201);
    const { challengeId, demoCode } = (await issued.json()) as { challengeId: string; demoCode: string };
    assert.match(demoCode, /^\d{6}$/);
    const wrongCode = demoCode === '000000' ? '111111' : '000000';
    const wrong = await post(`${url}/api/demo/otp/verify`, { challengeId, code: wrongCode }, { cookie });
    assert.equal(((await wrong.json()) as { error: string }).error, 'otp-wrong');
    const right = await post(`${url}/api/demo/otp/verify`, { challengeId, code: demoCode }, { cookie });
    assert.equal(right.status, 200);
    const filed = await submitAs(url, cookie, { prefillToken, assistance: otpConsent });
    assert.equal(filed.status, 201);

    // The OTP endpoints are the officer's: a citizen's session is refused.
    const citizen = await signIn(url);
    assert.equal(
      (await post(`${url}/api/demo/otp`, { personalId: '034168005566' }, { cookie: citizen.cookie })).status,
      403,
    );
  });

  it('works end to end through the browser adapters: QR identity, demo OTP, submission, status with assistance', async () => {
    const cookie = await officerSignIn(url);
    const options = { baseUrl: `${url}/api/`, headers: { cookie }, sleep: async () => undefined };
    const assisted = createHttpAssistedAdapter(options, { demoOtp: true });
    const identity = await assisted.identifyFromQr(maiQr);
    assert.equal(identity.source, 'cccd-qr');
    const challenge = await assisted.requestOtp!('034168005566');
    assert.match(challenge.demoCode ?? '', /^\d{6}$/);
    const wrong = challenge.demoCode === '999999' ? '000000' : '999999';
    assert.equal(await assisted.verifyOtp!(challenge.challengeId, wrong), false);
    assert.equal(await assisted.verifyOtp!(challenge.challengeId, challenge.demoCode!), true);
    const submission = createHttpSubmissionAdapter(options);
    const receipt = await submission.submit(
      {
        procedureId: 'test-certificate',
        value: maiValue,
        prefillToken: identity.prefillToken,
        assistance: { officerId: 'CB-0001', consent: { method: 'otp', confirmedAt: new Date().toISOString() } },
      },
      { idempotencyKey: `assisted-adapter-${Date.now()}` },
    );
    const report = await submission.getStatus(receipt.reference);
    assert.equal(report.assistance?.officerName, 'Lê Thị Thu (cán bộ thử nghiệm)');
    assert.equal(report.assistance?.consent.method, 'otp');
    // Without demoOtp the adapter offers spoken consent only.
    assert.equal(createHttpAssistedAdapter(options).requestOtp, undefined);
  });

  it('signs the officer out: the officer cookie is cleared', async () => {
    const cookie = await officerSignIn(url);
    const response = await post(`${url}/api/demo/officer/sign-out`, {}, { cookie });
    assert.equal(response.status, 200);
    assert.match(cookieOf(response), /^dvc_officer=$/);
    assert.match(response.headers.get('set-cookie') ?? '', /Max-Age=0/);
  });
});

describe('assisted filing of a birth registration (the real procedure)', () => {
  let server: DvcServer;
  let url: string;
  before(async () => {
    ({ server, url } = await start({
      proceduresDir: fileURLToPath(new URL('../../../schemas/procedures/', import.meta.url)),
    }));
  });
  after(async () => {
    await server.close();
    removeTempDirs();
  });

  it('an officer files dang-ky-khai-sinh for a citizen identified by QR text: provenance assisted, status shows it', async () => {
    const cookie = await officerSignIn(url, 'CB-0002');
    const { prefillToken } = (await (await identify(url, cookie)).json()) as { prefillToken: string };
    const value = {
      applicant: {
        relationship: 'me',
        fullName: 'Trịnh Thị Mai',
        personalId: '034168005566',
        birthDate: '1968-11-30',
        ethnicity: '01',
        nationality: 'Việt Nam',
        residence: { provinceCode: '01', communeCode: '00004', detail: 'Thôn Đông' },
      },
      child: {
        fullName: 'Trịnh Minh An',
        birthDate: '2026-11-20',
        sex: 'nam',
        ethnicity: '01',
        nationality: 'Việt Nam',
        placeOfBirth: 'Bệnh viện Phụ sản Hà Nội',
      },
      otherParent: { fullName: 'Nguyễn Văn Bình' },
      registration: { timing: 'dung-han', copies: 0 },
      declaration: true,
    };
    const response = await post(
      `${url}/api/submissions`,
      {
        procedureId: 'dang-ky-khai-sinh',
        value,
        prefillToken,
        // The hospital's electronic birth notice, held by the state for the citizen the card names.
        documents: [{ documentId: 'giay-chung-sinh', source: 'held', reference: 'legacy-address-birth-notice' }],
        assistance: { officerId: 'CB-0002', consent: { method: 'spoken', confirmedAt: new Date().toISOString() } },
      },
      { cookie, 'idempotency-key': `khai-sinh-assisted-${Date.now()}` },
    );
    assert.equal(response.status, 201, await response.clone().text());
    const { reference } = (await response.json()) as { reference: string };
    const record = await server.store.submission(reference);
    assert.ok(record);
    assert.equal(record.assistedBy, 'CB-0002');
    const provenance = record.provenance as Record<
      string,
      { source: string; verified: boolean; changed: boolean; assistedBy: string }
    >;
    const bySource = (manual: boolean): string[] =>
      Object.keys(provenance)
        .filter((pointer) => (provenance[pointer]!.source === 'manual') === manual)
        .sort();
    assert.deepEqual(bySource(false), [
      '/applicant/birthDate',
      '/applicant/fullName',
      '/applicant/personalId',
      '/applicant/relationship',
    ]);
    // Every other answer, typed by the officer, says so too (each value; none of the objects holding them).
    assert.deepEqual(bySource(true), [
      '/applicant/ethnicity',
      '/applicant/nationality',
      '/applicant/residence/communeCode',
      '/applicant/residence/detail',
      '/applicant/residence/provinceCode',
      '/child/birthDate',
      '/child/ethnicity',
      '/child/fullName',
      '/child/nationality',
      '/child/placeOfBirth',
      '/child/sex',
      '/declaration',
      '/otherParent/fullName',
      '/registration/copies',
      '/registration/timing',
    ]);
    for (const [pointer, entry] of Object.entries(provenance)) {
      assert.deepEqual(
        { verified: entry.verified, changed: entry.changed, assistedBy: entry.assistedBy },
        { verified: false, changed: false, assistedBy: 'CB-0002' },
        pointer,
      );
    }

    const citizen = await signIn(url, 'legacy-address');
    const status = (await (
      await fetch(`${url}/api/submissions/${reference}`, { headers: { cookie: citizen.cookie } })
    ).json()) as { status: string; assistance: { officerName: string; consent: { method: string } } };
    assert.equal(status.status, 'received');
    assert.equal(status.assistance.officerName, 'Đỗ Văn Minh (cán bộ thử nghiệm)');
    assert.equal(status.assistance.consent.method, 'spoken');
  });
});
