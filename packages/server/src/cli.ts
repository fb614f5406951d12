/**
 * `dvc-server`: starts the reference server.
 *   node --conditions=dvc:source --import tsx packages/server/src/cli.ts [options]
 * Options (each also as an environment variable):
 *   --port <n>            DVC_PORT, default 8080 (0 = any free port)
 *   --host <h>            DVC_HOST, default 127.0.0.1 (localhost only)
 *   --data-dir <dir>      DVC_DATA_DIR, default .dvc-data
 *   --procedures <dir>    DVC_PROCEDURES_DIR, default schemas/procedures
 *   --static <dir>        DVC_STATIC_DIR, the demo portal to serve (optional)
 *   --database-url <url>  DVC_DATABASE_URL, PostgreSQL (postgres://user@host/db) instead of the
 *                         JSON Lines file: for several server instances on one database
 *   --simulate-payments   DVC_SIMULATE_PAYMENTS=1, offer POST /api/payments/:id/simulate (demo only)
 *   --signing-trusted-ca <file>  DVC_SIGNING_TRUSTED_CA, PEM file of the CA certificate(s) citizens'
 *                         signing certificates must chain to (docs/security.md, "Signatures")
 *   DVC_DEMO_SIGNING_CA=0 no demo signing CA (by default one is made at start and trusted)
 *   DVC_SECURE_COOKIES=1  mark the session cookie Secure (when reached over TLS)
 *   DVC_RETRY_COMMAND     how to suggest another port when this one is taken ({port} is replaced;
 *                         `pnpm start` sets `PORT={port} pnpm start`)
 *   DVC_SECRET            secret for prefill tokens and sessions (random per start when unset:
 *                         tokens issued before a restart then stop verifying)
 */
import { parseArgs } from 'node:util';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer } from './server.js';
import { loadDefaultCitizens } from './demo-identity.js';
import { JsonLinesStore } from './store/index.js';
import { listenErrorMessage, missingDirectoryMessage } from './terminal-messages.js';

/** Expected conditions end the process with one line, never a stack trace. */
function fail(message: string): never {
  console.error(`dvc-server: ${message}`);
  process.exit(1);
}

/** The server, or one line saying why it cannot start (an unreachable database, say), never a stack trace. */
async function openServer(
  options: Parameters<typeof createServer>[0],
): Promise<Awaited<ReturnType<typeof createServer>>> {
  try {
    return await createServer(options);
  } catch (error) {
    fail(`cannot start: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    'data-dir': { type: 'string' },
    procedures: { type: 'string' },
    static: { type: 'string' },
    'database-url': { type: 'string' },
    'simulate-payments': { type: 'boolean' },
    'signing-trusted-ca': { type: 'string' },
  },
});

const env = process.env;
const port = Number(values.port ?? env['DVC_PORT'] ?? 8080);
const host = values.host ?? env['DVC_HOST'] ?? '127.0.0.1';
const staticDir = values.static ?? env['DVC_STATIC_DIR'];
const databaseUrl = values['database-url'] ?? env['DVC_DATABASE_URL'];
const proceduresDir = resolve(values.procedures ?? env['DVC_PROCEDURES_DIR'] ?? 'schemas/procedures');
if (!existsSync(proceduresDir)) fail(missingDirectoryMessage('procedures', proceduresDir));
if (staticDir && !existsSync(staticDir)) fail(missingDirectoryMessage('static', resolve(staticDir)));
const trustedCaFile = values['signing-trusted-ca'] ?? env['DVC_SIGNING_TRUSTED_CA'];
if (trustedCaFile && !existsSync(trustedCaFile)) fail(`no trusted CA file at ${resolve(trustedCaFile)}`);
const { citizens, problems } = await loadDefaultCitizens();
for (const problem of problems) console.warn(`dvc-server: ${problem}`);

const server = await openServer({
  dataDir: resolve(values['data-dir'] ?? env['DVC_DATA_DIR'] ?? '.dvc-data'),
  proceduresDir,
  ...(staticDir ? { staticDir: resolve(staticDir) } : {}),
  ...(env['DVC_SECRET'] ? { secret: env['DVC_SECRET'] } : {}),
  ...(databaseUrl ? { databaseUrl } : {}),
  simulatePayments: values['simulate-payments'] === true || env['DVC_SIMULATE_PAYMENTS'] === '1',
  secureCookies: env['DVC_SECURE_COOKIES'] === '1',
  signing: {
    ...(trustedCaFile ? { trustedCaPem: readFileSync(trustedCaFile, 'utf8') } : {}),
    demoCa: env['DVC_DEMO_SIGNING_CA'] !== '0',
  },
  citizens,
});

const retryCommand =
  env['DVC_RETRY_COMMAND'] ?? 'node --conditions=dvc:source --import tsx packages/server/src/cli.ts --port {port}';
let url: string;
try {
  url = await server.listen(port, host);
} catch (error) {
  await server.close().catch(() => undefined);
  const message = listenErrorMessage(error, port, (free) => retryCommand.replace('{port}', String(free)));
  if (message) fail(message);
  throw error;
}
const { store } = server;
if (store instanceof JsonLinesStore) {
  if (store.truncatedBytes > 0)
    console.warn(`dvc-server: cut off a torn last line (${store.truncatedBytes} bytes) in ${store.file}`);
  if (store.skippedLines > 0)
    console.warn(`dvc-server: skipped ${store.skippedLines} unreadable line(s) in ${store.file}`);
}
const where = store instanceof JsonLinesStore ? store.file : 'PostgreSQL';
console.log(`DVC Kit reference server on ${url} (data: ${where}, ${await store.countSubmissions()} submission(s))`);

const stop = (): void => {
  void server.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
