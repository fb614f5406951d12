/** `dist/cdn/dvc-form.js` and `dvc-procedure.js` under `Content-Security-Policy: script-src 'self'`: no violation, a working form, the lazy chunks run. */
import { expect } from '@open-wc/testing';

interface CspResult {
  readonly evalBlocked: boolean;
  readonly violations: readonly { directive: string; blocked: string; sample: string }[];
  readonly controls: number;
  readonly errors: readonly string[];
  readonly englishChunksBefore: readonly string[];
  readonly englishChunksAfter: readonly string[];
  readonly englishErrors: readonly string[];
  readonly englishText: string;
}

describe('strict Content-Security-Policy', () => {
  it('renders and validates a form from dist/cdn/dvc-form.js with no violation, and loads English when the page switches', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/fixtures/csp/index.html';
    document.body.append(frame);
    const deadline = Date.now() + 15000;
    let result: CspResult | undefined;
    while (!result && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      result = (frame.contentWindow as (Window & { __cspResult?: CspResult }) | null)?.__cspResult;
    }
    frame.remove();
    expect(result, 'the fixture finished').to.not.equal(undefined);
    expect(result!.evalBlocked, 'the policy is in force (eval refused)').to.equal(true);
    expect(result!.violations).to.deep.equal([]);
    expect(result!.controls).to.equal(4);
    expect(result!.errors).to.deep.equal(['Nhập họ và tên']);
    // English is a lazy chunk per package, fetched only when the page switches to English, then shown.
    expect(result!.englishChunksBefore, 'no English chunk while the page is Vietnamese').to.deep.equal([]);
    expect(result!.englishChunksAfter).to.include.members(['en', 'renderer-en', 'messages-en', 'validation-en']);
    expect(result!.englishErrors).to.deep.equal(['Enter họ và tên']);
    expect(result!.englishText).to.contain('(required)').and.contain('Error: Enter họ và tên').and.contain('Continue');
    expect(result!.englishText).to.not.contain('bắt buộc');
  });

  it("loads dist/cdn/dvc-procedure.js's lazy chunks (later elements, QR libraries) with no violation", async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/fixtures/csp/procedure.html';
    document.body.append(frame);
    const deadline = Date.now() + 20000;
    let result: ProcedureCspResult | undefined;
    while (!result && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      result = (frame.contentWindow as (Window & { __cspResult?: ProcedureCspResult }) | null)?.__cspResult;
    }
    frame.remove();
    expect(result, 'the fixture finished').to.not.equal(undefined);
    expect(result!.violations).to.deep.equal([]);
    expect(result!.registered).to.deep.equal({
      'dvc-sign-page': true,
      'dvc-assisted-intake': true,
      'dvc-submission-view': true,
    });
    expect(result!.transferText, 'the bank name from the lazy chunk').to.match(/Công thương/i);
  });
});

interface ProcedureCspResult {
  readonly violations: readonly { directive: string; blocked: string; sample: string }[];
  readonly registered: Record<string, boolean>;
  readonly transferText: string;
}
