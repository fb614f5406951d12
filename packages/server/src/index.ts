export { createServer, type DvcServer, type ServerOptions } from './server.js';
export {
  defaultStatusSchedule,
  recordStatus,
  statusHistory,
  type StatusSchedule,
  type SubmissionStatus,
} from './status.js';
export { checkedCitizens, loadDefaultCitizens, heldDocuments, type DemoCitizenFixture } from './demo-identity.js';
export {
  JsonLinesStore,
  PostgresStore,
  openStore,
  type Store,
  type SubmissionRecord,
  type PaymentRecord,
  type UploadRecord,
} from './store/index.js';
export { onlineFeeTotal } from './procedures.js';
export { canonicalJson } from './canonical.js';
export { canonicalReference, newReference } from './reference.js';
export { jsonShape, defaultBodyLimits, type BodyLimits, type RateLimit } from './limits.js';
