/**
 * The one module that imports the ASN.1 readers (`@peculiar/asn1-schema`, `@peculiar/asn1-x509`),
 * whose dependencies (`pvtsutils`, `asn1js`) include CommonJS. As with `vietnam-qr-pay`, the
 * package build replaces this module's compiled output with an ES module bundling them
 * (scripts/vendor.mjs), so an app's bundler sees no CommonJS (ADR 0017).
 */
export { AsnConvert } from '@peculiar/asn1-schema';
export { Certificate, type Name } from '@peculiar/asn1-x509';
