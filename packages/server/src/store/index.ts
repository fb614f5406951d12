import { JsonLinesStore } from './json-lines.js';
import { PostgresStore } from './postgres.js';
import type { Store } from './types.js';

export { JsonLinesStore } from './json-lines.js';
export { PostgresStore } from './postgres.js';
export type {
  PaymentRecord,
  PaymentStatus,
  StatusEvent,
  Store,
  SubmissionInsert,
  SubmissionRecord,
  UploadRecord,
} from './types.js';

/** PostgreSQL when `databaseUrl` is set (`DVC_DATABASE_URL`), else the JSON Lines file in `dataDir`. */
export async function openStore(options: { dataDir: string; databaseUrl?: string | undefined }): Promise<Store> {
  return options.databaseUrl ? PostgresStore.open(options.databaseUrl) : new JsonLinesStore(options.dataDir);
}
