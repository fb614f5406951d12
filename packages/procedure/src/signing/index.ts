export { createDemoSigner, type DemoSignerOptions } from './demo-signer.js';
export { createHttpSigner, type HttpSignerOptions } from './http-signer.js';
export { jwsCoversContent, payloadSegment } from './jws.js';
export { summarizeCertificate, type CertificateSummary } from './certificate.js';
export { readableRows, type ReadableRow } from './readable.js';
