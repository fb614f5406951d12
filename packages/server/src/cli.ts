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
 *   DVC_SECRET            secret for prefill tokens and sessions (random per start when unset:
 *                         tokens issued before a restart then stop verifying)
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { createServer } from './server.js';
import { loadDefaultCitizens } from './demo-identity.js';
import { JsonLinesStore } from './store/index.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    'data-dir': { type: 'string' },
    procedures: { type: 'string' },
    static: { type: 'string' },
    'database-url': { type: 'string' },
    'simulate-payments': { type: 'boolean' },
  },
});

const env = process.env;
const port = Number(values.port ?? env['DVC_PORT'] ?? 8080);
const host = values.host ?? env['DVC_HOST'] ?? '127.0.0.1';
const staticDir = values.static ?? env['DVC_STATIC_DIR'];
const databaseUrl = values['database-url'] ?? env['DVC_DATABASE_URL'];
const { citizens, problems } = await loadDefaultCitizens();
for (const problem of problems) console.warn(`dvc-server: ${problem}`);

const server = await createServer({
  dataDir: resolve(values['data-dir'] ?? env['DVC_DATA_DIR'] ?? '.dvc-data'),
  proceduresDir: resolve(values.procedures ?? env['DVC_PROCEDURES_DIR'] ?? 'schemas/procedures'),
  ...(staticDir ? { staticDir: resolve(staticDir) } : {}),
  ...(env['DVC_SECRET'] ? { secret: env['DVC_SECRET'] } : {}),
  ...(databaseUrl ? { databaseUrl } : {}),
  simulatePayments: values['simulate-payments'] === true || env['DVC_SIMULATE_PAYMENTS'] === '1',
  citizens,
});
const url = await server.listen(port, host);
const { store } = server;
if (store instanceof JsonLinesStore) {
  if (store.truncatedBytes > 0) console.warn(`dvc-server: cut off a torn last line (${store.truncatedBytes} bytes) in ${store.file}`);
  if (store.skippedLines > 0) console.warn(`dvc-server: skipped ${store.skippedLines} unreadable line(s) in ${store.file}`);
}
const where = store instanceof JsonLinesStore ? store.file : 'PostgreSQL';
console.log(`DVC Kit reference server on ${url} (data: ${where}, ${await store.countSubmissions()} submission(s))`);

const stop = (): void => {
  void server.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
