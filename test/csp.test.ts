/** `dist/cdn/dvc-form.js` under `Content-Security-Policy: script-src 'self'`: no violation, a working form. */
import { expect } from '@open-wc/testing';

interface CspResult {
  readonly evalBlocked: boolean;
  readonly violations: readonly { directive: string; blocked: string; sample: string }[];
  readonly controls: number;
  readonly errors: readonly string[];
}

describe('strict Content-Security-Policy', () => {
  it('renders and validates a form from dist/cdn/dvc-form.js with no violation', async () => {
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
  });
});
