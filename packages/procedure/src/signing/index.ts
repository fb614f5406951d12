export { createDemoSigner, type DemoSignerOptions } from './demo-signer.js';
export { createHttpSigner, type HttpSignerOptions } from './http-signer.js';
export { jwsCoversContent, payloadSegment } from './jws.js';
