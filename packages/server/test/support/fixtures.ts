/** Shared by the server's suites: a small procedure directory, a started server, HTTP helpers. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { get as httpGet, request as httpRequest } from 'node:http';
import { demoCitizens } from '../../../identity/src/fixtures/index.js';
import { checkedCitizens, createServer, type DvcServer, type ServerOptions } from '../../src/index.js';

export const { citizens } = checkedCitizens(demoCitizens);

export const certificate = {
  id: 'test-certificate',
  title: { vi: 'Cấp giấy xác nhận (thử nghiệm)', en: 'Certificate (test)' },
  fees: [],
  documents: [{ id: 'photo', title: { vi: 'Ảnh', en: 'Photo' }, required: false }],
  dataSchema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    required: ['applicant', 'reason'],
    properties: {
      applicant: {
        type: 'object',
        required: ['fullName', 'personalId'],
        properties: {
          fullName: { type: 'string', minLength: 1, 'x-prefill': { from: 'fullName', policy: 'locked' } },
          personalId: {
            type: 'string',
            format: 'vn-personal-id',
            'x-prefill': { from: 'personalId', policy: 'locked' },
          },
          phone: { type: 'string', format: 'vn-phone', 'x-prefill': { from: 'phone', policy: 'editable' } },
        },
        unevaluatedProperties: false,
      },
      reason: { type: 'string', minLength: 3, maxLength: 500 },
    },
    unevaluatedProperties: false,
  },
};
export const paid = { ...certificate, id: 'test-paid', fees: [{ id: 'fee', amount: 200000, onlineAmount: 100000 }] };
export const validValue = {
  applicant: { fullName: 'Phạm Hùng', personalId: '001088004321', phone: '0912345678' },
  reason: 'Bổ sung hồ sơ xin việc',
};

/** What the browser says about provenance for `validValue` signed in as `no-middle-name` (advisory only). */
export const provenance = {
  '/applicant/fullName': { source: 'portal-profile', from: 'fullName', verified: true, changed: false },
  '/applicant/personalId': { source: 'portal-profile', from: 'personalId', verified: true, changed: false },
  '/applicant/phone': { source: 'portal-profile', from: 'phone', verified: false, changed: true },
};

const directories: string[] = [];
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dvc-server-test-'));
  directories.push(dir);
  return dir;
}
export function removeTempDirs(): void {
  for (const dir of directories.splice(0)) rmSync(dir, { recursive: true, force: true });
}
export function proceduresDir(): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'test-certificate.json'), JSON.stringify(certificate));
  writeFileSync(join(dir, 'test-paid.json'), JSON.stringify(paid));
  return dir;
}

export async function start(options: Partial<ServerOptions> = {}): Promise<{ server: DvcServer; url: string }> {
  const server = await createServer({
    dataDir: tempDir(),
    proceduresDir: proceduresDir(),
    secret: 'test-secret',
    citizens,
    log: () => undefined,
    ...options,
  });
  return { server, url: await server.listen() };
}

export async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

export function cookieOf(response: Response): string {
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

export async function anonymousCookie(url: string): Promise<string> {
  const response = await fetch(`${url}/api/procedures`);
  await response.body?.cancel();
  return cookieOf(response);
}

export async function signIn(
  url: string,
  citizenId = 'no-middle-name',
): Promise<{ source: string; claims: unknown; prefillToken: string; cookie: string }> {
  const response = await post(`${url}/api/demo/sign-in`, { citizenId });
  assert.equal(response.status, 200);
  return {
    ...((await response.json()) as { source: string; claims: unknown; prefillToken: string }),
    cookie: cookieOf(response),
  };
}

/** A raw request (no client normalising the path or the body); resolves with status, headers and body text, or the socket error. */
export function raw(
  url: string,
  {
    method = 'GET',
    path = '/',
    headers = {},
    body,
  }: { method?: string; path?: string; headers?: Record<string, string | number>; body?: string | Buffer },
): Promise<{ status: number; headers: Record<string, unknown>; text: string } | { error: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const request = httpRequest({ hostname, port: Number(port), method, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          text: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      response.on('error', (error) => resolve({ error: error.message }));
    });
    request.on('error', (error) => resolve({ error: error.message }));
    request.end(body);
  });
}

/** Signs a citizen in and stores one valid `test-certificate` submission; its reference and the citizen's cookie. */
export async function submitted(url: string, key: string): Promise<{ reference: string; cookie: string }> {
  const { prefillToken, cookie } = await signIn(url);
  const response = await post(
    `${url}/api/submissions`,
    { procedureId: 'test-certificate', value: validValue, provenance, prefillToken },
    { cookie, 'idempotency-key': key },
  );
  assert.equal(response.status, 201);
  return { reference: ((await response.json()) as { reference: string }).reference, cookie };
}

/** Signs the demo officer in (`POST /api/demo/officer/session`); the officer's cookie. */
export async function officerSignIn(url: string, officerId?: string): Promise<string> {
  const response = await post(`${url}/api/demo/officer/session`, officerId === undefined ? {} : { officerId });
  assert.equal(response.status, 200);
  return cookieOf(response);
}

/** The submission events of a JSON Lines store's file. */
export function submissionLines(dataDir: string): { type: string; reference: string }[] {
  return readFileSync(join(dataDir, 'events.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { type: string; reference: string })
    .filter((event) => event.type === 'submission');
}

/** GET without a client that normalises the path. */
export function rawStatus(target: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const { host, pathname } = new URL(target);
    const [hostname, port] = host.split(':');
    httpGet({ hostname, port: Number(port), path: pathname }, (response) => {
      response.resume();
      resolve(response.statusCode);
    }).on('error', reject);
  });
}
