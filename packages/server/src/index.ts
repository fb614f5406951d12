export { createServer, type DvcServer, type ServerOptions } from './server.js';
export { defaultStatusSchedule, statusHistory, type StatusSchedule, type SubmissionStatus } from './status.js';
export { checkedCitizens, loadDefaultCitizens, heldDocuments, type DemoCitizenFixture } from './demo-identity.js';
export { JsonLinesStore, type StoredEvent, type SubmissionRecord, type PaymentRecord } from './json-lines-store.js';
export { onlineFeeTotal } from './procedures.js';
export { canonicalJson } from './canonical.js';
