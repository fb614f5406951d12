/** The officer's endpoints: who may call them, the list, one submission in full, and status moves with history. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DvcServer } from '../src/index.js';
import {
  anonymousCookie,
  cookieOf,
  officerSignIn,
  post,
  removeTempDirs,
  signIn,
  start,
  submitted,
} from './support/fixtures.js';

after(removeTempDirs);

interface Problem {
  status: number;
  error: string;
  detail: string;
}

describe('officer endpoints: authorization', () => {
  let server: DvcServer;
  let url: string;
  let reference: string;
  before(async () => {
    ({ server, url } = await start());
    ({ reference } = await submitted(url, 'authz-1'));
  });
  after(() => server.close());

  it('refuse a signed-in citizen, an anonymous session and a forged cookie with 403 problem+json, in vi or en', async () => {
    const { cookie: citizen } = await signIn(url);
    const anonymous = await anonymousCookie(url);
    const forged = 'dvc_officer=CB-0001.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
    for (const cookie of [citizen, anonymous, forged, '']) {
      for (const [path, method] of [
        ['/api/officer/submissions', 'GET'],
        [`/api/officer/submissions/${reference}`, 'GET'],
        [`/api/officer/submissions/${reference}/status`, 'POST'],
      ] as const) {
        const response = await fetch(`${url}${path}`, {
          method,
          headers: { cookie, 'content-type': 'application/json' },
          ...(method === 'POST' ? { body: JSON.stringify({ status: 'processing' }) } : {}),
        });
        assert.equal(response.status, 403, `${method} ${path} with ${cookie || 'no cookie'}`);
        assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
        const problem = (await response.json()) as Problem;
        assert.equal(problem.error, 'officer-only');
        assert.match(problem.detail, /cán bộ/);
      }
    }
    const english = await fetch(`${url}/api/officer/submissions`, {
      headers: { cookie: citizen, 'accept-language': 'en-GB,en;q=0.9' },
    });
    assert.equal(english.headers.get('content-language'), 'en');
    assert.match(((await english.json()) as Problem).detail, /^Only the officers/);
    // The citizen's submission did not move.
    const status = await fetch(`${url}/api/submissions/${reference}`, { headers: { cookie: citizen } });
    assert.equal(((await status.json()) as { status: string }).status, 'received');
  });

  it('signs a demo officer in with a cookie of its own, and out; an unknown officer is refused', async () => {
    const cookie = await officerSignIn(url, 'CB-0002');
    assert.match(cookie, /^dvc_officer=CB-0002\./);
    const session = await fetch(`${url}/api/officer/session`, { headers: { cookie } });
    assert.deepEqual(await session.json(), {
      signedIn: true,
      officerId: 'CB-0002',
      name: 'Đỗ Văn Minh (cán bộ thử nghiệm)',
      unit: { vi: 'Tổ công nghệ số cộng đồng', en: 'Community digital technology team' },
    });
    const nobody = await fetch(`${url}/api/officer/session`);
    assert.deepEqual(await nobody.json(), { signedIn: false });
    const unknown = await post(`${url}/api/demo/officer/session`, { officerId: 'CB-9999' });
    assert.equal(unknown.status, 404);
    assert.equal(((await unknown.json()) as Problem).error, 'officer-unknown');
    const out = await post(`${url}/api/demo/officer/sign-out`, {}, { cookie });
    assert.match(out.headers.get('set-cookie') ?? '', /^dvc_officer=; .*Max-Age=0/);
    // An officer's cookie gives no citizen authority: it is not a citizen session.
    const identity = await fetch(`${url}/api/identity`, { headers: { cookie } });
    assert.notEqual(identity.status, 500);
    assert.equal(cookieOf(identity).startsWith('dvc_session='), true);
  });
});

describe('officer endpoints: reading and moving submissions', () => {
  let server: DvcServer;
  let url: string;
  let officer: string;
  const references: string[] = [];
  let citizen: string;
  before(async () => {
    ({ server, url } = await start());
    for (const key of ['read-1', 'read-2', 'read-3']) {
      const stored = await submitted(url, key);
      references.push(stored.reference);
      citizen = stored.cookie;
    }
    officer = await officerSignIn(url);
  });
  after(() => server.close());

  const get = async (path: string): Promise<Response> => fetch(`${url}${path}`, { headers: { cookie: officer } });
  const advance = async (reference: string, status: string, language = 'vi'): Promise<Response> =>
    post(
      `${url}/api/officer/submissions/${reference}/status`,
      { status },
      { cookie: officer, 'accept-language': language },
    );

  it('lists submissions newest first, filtered by procedure and status, paginated', async () => {
    const all = (await (await get('/api/officer/submissions')).json()) as {
      submissions: { reference: string; status: string; procedureId: string; procedureTitle: unknown }[];
      total: number;
    };
    assert.equal(all.total, 3);
    assert.deepEqual(new Set(all.submissions.map((entry) => entry.reference)), new Set(references));
    assert.ok(
      all.submissions.every((entry) => entry.status === 'received' && entry.procedureId === 'test-certificate'),
    );
    assert.deepEqual(all.submissions[0]?.procedureTitle, {
      vi: 'Cấp giấy xác nhận (thử nghiệm)',
      en: 'Certificate (test)',
    });
    const page = (await (await get('/api/officer/submissions?limit=2&offset=2')).json()) as {
      submissions: unknown[];
      total: number;
      limit: number;
      offset: number;
    };
    assert.deepEqual([page.submissions.length, page.total, page.limit, page.offset], [1, 3, 2, 2]);
    const other = (await (await get('/api/officer/submissions?procedureId=test-paid')).json()) as { total: number };
    assert.equal(other.total, 0);
    const bad = await get('/api/officer/submissions?limit=0');
    assert.equal(bad.status, 400);
    const badStatus = await get('/api/officer/submissions?status=lost');
    assert.equal(badStatus.status, 400);
  });

  it('answers one submission with the server provenance, documents and history; absent parts are left out', async () => {
    const response = await get(`/api/officer/submissions/${references[0]!.toLowerCase()}`);
    assert.equal(response.status, 200);
    const body = (await response.json()) as Record<string, unknown>;
    assert.equal(body['reference'], references[0]);
    assert.equal(body['status'], 'received');
    assert.deepEqual(body['provenance'], {
      '/applicant/fullName': { source: 'portal-profile', from: 'fullName', verified: true, changed: false },
      '/applicant/personalId': { source: 'portal-profile', from: 'personalId', verified: true, changed: false },
      '/applicant/phone': { source: 'portal-profile', from: 'phone', verified: false, changed: true },
    });
    assert.deepEqual(body['documents'], []);
    assert.equal(body['citizenId'], 'no-middle-name');
    assert.equal((body['history'] as unknown[]).length, 1);
    for (const absent of ['payment', 'signature', 'assistance']) assert.equal(absent in body, false, absent);
    assert.equal((await get('/api/officer/submissions/DVC-0000-0000-0000-0000-0')).status, 404);
  });

  it('moves received → processing → result-ready with history the citizen sees; refuses other moves with 409', async () => {
    const [first] = references;
    const skip = await advance(first!, 'result-ready', 'en');
    assert.equal(skip.status, 409);
    const problem = (await skip.json()) as Problem & { from: string; to: string };
    assert.deepEqual([problem.error, problem.from, problem.to], ['transition-not-allowed', 'received', 'result-ready']);
    assert.equal(problem.detail, 'The application is “Received”; it cannot move to “Result ready”.');

    const processing = await advance(first!, 'processing');
    assert.equal(processing.status, 200);
    const moved = (await processing.json()) as { status: string; statusEvents: { officerId: string }[] };
    assert.equal(moved.status, 'processing');
    assert.equal(moved.statusEvents[0]?.officerId, 'CB-0001');
    assert.deepEqual((moved as unknown as { transitions: string[] }).transitions, ['result-ready', 'rejected']);
    assert.equal((await advance(first!, 'processing')).status, 409);
    assert.equal((await advance(first!, 'result-ready')).status, 200);
    const final = await advance(first!, 'rejected');
    assert.equal(final.status, 409);
    assert.match(((await final.json()) as Problem).detail, /“Đã có kết quả”/);

    const status = (await (
      await fetch(`${url}/api/submissions/${first}`, { headers: { cookie: citizen } })
    ).json()) as { status: string; history: { status: string }[] };
    assert.equal(status.status, 'result-ready');
    assert.deepEqual(
      status.history.map((entry) => entry.status),
      ['received', 'processing', 'result-ready'],
    );
    const filtered = (await (await get('/api/officer/submissions?status=result-ready')).json()) as {
      submissions: { reference: string }[];
    };
    assert.deepEqual(
      filtered.submissions.map((entry) => entry.reference),
      [first],
    );
  });

  it('rejects from processing only, refuses an unknown status (400) and two moves at once (one wins)', async () => {
    const [, second, third] = references;
    assert.equal((await advance(second!, 'rejected')).status, 409);
    assert.equal((await advance(second!, 'processing')).status, 200);
    assert.equal((await advance(second!, 'rejected')).status, 200);
    assert.equal((await advance(second!, 'received')).status, 400);
    const race = await Promise.all([advance(third!, 'processing'), advance(third!, 'processing')]);
    assert.deepEqual(race.map((response) => response.status).sort(), [200, 409]);
    const detail = (await (await get(`/api/officer/submissions/${third}`)).json()) as { statusEvents: unknown[] };
    assert.equal(detail.statusEvents.length, 1);
  });

  it('keeps officer moves across a restart (JSON Lines replay)', async () => {
    const dataDir = (server.store as { file?: string }).file?.replace(/\/events\.jsonl$/, '');
    assert.ok(dataDir);
    await server.close();
    ({ server, url } = await start({ dataDir }));
    officer = await officerSignIn(url);
    const detail = (await (await get(`/api/officer/submissions/${references[0]}`)).json()) as { status: string };
    assert.equal(detail.status, 'result-ready');
  });
});
