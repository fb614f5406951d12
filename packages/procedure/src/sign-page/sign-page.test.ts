import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { canonicalJson } from '@dvc/schema/canonical.js';
import { axeViolations, axNode, describeViolations, flattenAx } from '../../../../test/support/accessibility.js';
import { settle } from '../../../../test/support/settle.js';
import type { SignatureResult, Signer } from '../adapters/types.js';
import {
  demoCertificateSerial,
  failingSigner,
  instantSigner,
  phoneSigner,
  signatureResult,
  signingContent,
  signingSchema,
} from '../test-support/signing.js';
import './define.js';
import type { DvcSignPage } from './sign-page.js';

async function page(signer: Signer | undefined, lang = 'vi', withSchema = true): Promise<DvcSignPage> {
  const element = await fixture<DvcSignPage>(
    html`<dvc-sign-page
      lang=${lang}
      .content=${signingContent}
      .signer=${signer}
      .schema=${withSchema ? signingSchema : undefined}
      .procedureTitle=${lang === 'vi' ? 'Cấp Phiếu lý lịch tư pháp' : 'Judicial record certificate'}
    ></dvc-sign-page>`,
  );
  await settle(element);
  return element;
}

const text = (element: DvcSignPage): string => element.shadowRoot!.textContent!.replace(/\s+/g, ' ');
function button(element: DvcSignPage, name: string): HTMLElement {
  const found = [...element.shadowRoot!.querySelectorAll<HTMLElement>('dvc-button')].find(
    (candidate) => candidate.textContent!.trim() === name,
  );
  if (!found) throw new Error(`no button "${name}" in: ${text(element)}`);
  return found;
}
async function click(element: DvcSignPage, name: string): Promise<void> {
  button(element, name).shadowRoot!.querySelector('button')!.click();
  await settle(element);
}
async function expectAxeClean(element: DvcSignPage): Promise<void> {
  const violations = await axeViolations(element);
  expect(violations, describeViolations(violations)).to.deep.equal([]);
}

describe('dvc-sign-page', () => {
  for (const lang of ['vi', 'en']) {
    it(`shows what will be signed with labels, the canonical JSON and a Sign button, axe-clean (${lang})`, async () => {
      const element = await page(instantSigner, lang);
      const shown = text(element);
      const expected =
        lang === 'vi'
          ? [
              'Ký số hồ sơ',
              'Cấp Phiếu lý lịch tư pháp',
              'Họ, chữ đệm và tên',
              'Trần Thị Bình',
              'Xin việc',
              'Số bản yêu cầu',
              'Không',
              'anh-the.jpg',
            ]
          : [
              'Sign your application',
              'Judicial record certificate',
              'Full name',
              'Job application',
              'Copies requested',
              'No',
            ];
      for (const part of expected) expect(shown).to.contain(part);
      expect(element.shadowRoot!.querySelector('details pre')!.textContent).to.equal(canonicalJson(signingContent));
      const tree = flattenAx(await axNode(element.shadowRoot!.querySelector('.actions')!));
      expect(tree.filter((node) => node.role === 'button').map((node) => node.name)).to.deep.equal([
        lang === 'vi' ? 'Ký số' : 'Sign',
      ]);
      await expectAxeClean(element);
    });
  }

  it('shows the canonical JSON itself when there is no schema to label it with', async () => {
    const element = await page(instantSigner, 'vi', false);
    expect(element.shadowRoot!.querySelector('details')).to.equal(null);
    expect(element.shadowRoot!.querySelector('pre')!.textContent).to.equal(canonicalJson(signingContent));
  });

  it('announces the wait for the phone, shows a countdown and the service message, and can be cancelled', async () => {
    const signer = phoneSigner();
    const element = await page(signer);
    await click(element, 'Ký số');
    await waitUntil(() => element.state === 'waiting');
    await settle(element);
    const nodes = flattenAx(await axNode(element));
    const heading = nodes.find((node) => node.role === 'heading');
    expect(heading?.name).to.equal('Đang chờ bạn xác nhận trên điện thoại');
    const timer = nodes.find((node) => node.role === 'timer');
    expect(timer, 'a timer').to.not.equal(undefined);
    expect(element.shadowRoot!.querySelector('[role="timer"]')!.textContent).to.match(/^Thời gian còn lại: [45]:\d\d$/);
    const status = nodes.find((node) => node.role === 'status');
    expect(element.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain(
      'Đang chờ bạn xác nhận trên điện thoại',
    );
    expect(status, 'a live status region').to.not.equal(undefined);
    expect(nodes.filter((node) => node.role === 'button').map((node) => node.name)).to.deep.equal(['Huỷ ký']);
    expect(text(element)).to.contain('Mã xác nhận: 4821');
    expect(element.shadowRoot!.activeElement?.localName).to.equal('h2');
    await expectAxeClean(element);

    await click(element, 'Huỷ ký');
    expect(signer.calls[0]!.signal!.aborted).to.equal(true);
    expect(element.state).to.equal('ready');
    expect(element.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(
      'Đã huỷ yêu cầu ký. Hồ sơ chưa được ký.',
    );
  });

  it('announces the service message and the time there is, then the last minute once (not every second)', async () => {
    const signer = phoneSigner(90 * 1000);
    const element = await page(signer);
    let offset = 0;
    element.now = () => Date.now() + offset;
    await click(element, 'Ký số');
    await waitUntil(() => element.state === 'waiting');
    await settle(element);
    const status = (): string => element.shadowRoot!.querySelector('[role="status"]')!.textContent!;
    expect(status()).to.match(/Mã xác nhận: 4821 Thời gian còn lại: 1:(2\d|30)$/);
    offset = 35 * 1000;
    await waitUntil(() => status().startsWith('Còn '), 'the last minute announced', { timeout: 5000 });
    expect(status()).to.match(/^Còn 0:5\d để xác nhận trên điện thoại\.$/);
    // Announced once: ten seconds later the live region still says the same.
    offset = 45 * 1000;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(status()).to.match(/^Còn 0:5\d/);
    element.cancel();
  });

  it('times out at expiresAt by itself, then offers Retry and another channel (dvc-sign-cancel)', async () => {
    const signer = phoneSigner(-1000);
    const element = await page(signer, 'en');
    await click(element, 'Sign');
    await waitUntil(() => element.state === 'timed-out');
    await settle(element);
    expect(signer.calls[0]!.signal!.aborted, 'the signer is stopped').to.equal(true);
    expect(text(element)).to.contain('The time to confirm has run out');
    expect(element.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('expired');
    await expectAxeClean(element);
    const cancelled = oneEvent(element, 'dvc-sign-cancel');
    await click(element, 'Choose another way to sign');
    expect((await cancelled).bubbles && (await cancelled).composed).to.equal(true);
    await click(element, 'Try signing again');
    expect(signer.calls.length).to.equal(2);
  });

  it('shows a timeout from the signer the same way', async () => {
    const element = await page(failingSigner('timeout'));
    await click(element, 'Ký số');
    await waitUntil(() => element.state === 'timed-out');
    expect(text(element)).to.contain('Đã hết thời gian xác nhận');
  });

  it('fires dvc-signed with the result and shows the certificate holder, serial and time', async () => {
    const element = await page(instantSigner);
    const signed = oneEvent(element, 'dvc-signed');
    await click(element, 'Ký số');
    const event = (await signed) as CustomEvent<SignatureResult>;
    expect(event.detail).to.deep.equal(signatureResult);
    // The certificate reader is a lazy chunk: the holder shows once it has loaded.
    await waitUntil(() => text(element).includes('Trần Thị Bình'), 'the certificate holder is shown', {
      timeout: 10_000,
    });
    await settle(element);
    const shown = text(element);
    expect(shown).to.contain('Đã ký số hồ sơ');
    expect(shown).to.contain('Trần Thị Bình');
    expect(shown).to.contain('DVC Kit demo CA');
    expect(shown).to.contain(demoCertificateSerial);
    expect(shown).to.match(/06\/12\/2026/);
    await expectAxeClean(element);
  });

  it('goes back to the content, without the old signature, when the content changes', async () => {
    const element = await page(instantSigner);
    await click(element, 'Ký số');
    await waitUntil(() => element.state === 'signed');
    // An equal copy (a host re-rendering) keeps the signature.
    element.content = structuredClone(signingContent);
    await settle(element);
    expect(element.state).to.equal('signed');
    element.content = { ...signingContent, value: { hoTen: 'Trần Thị Bình', soBan: 3 } };
    await settle(element);
    expect(element.state).to.equal('ready');
    expect(text(element)).to.not.contain('Đã ký số hồ sơ');
    expect(element.shadowRoot!.querySelector('details pre')!.textContent).to.contain('"soBan":3');
  });

  it('shows a declined or failed signature with its localized message and Retry', async () => {
    const element = await page(failingSigner('signature-declined'), 'en');
    await click(element, 'Sign');
    await waitUntil(() => element.state === 'error');
    await settle(element);
    expect(text(element)).to.contain('You declined to sign on your phone.');
    button(element, 'Try signing again');
    await expectAxeClean(element);
  });

  it('says signing is unavailable without a signer and offers Back (dvc-sign-cancel)', async () => {
    const element = await page(undefined);
    expect(text(element)).to.contain('Chưa thể ký số');
    const cancelled = oneEvent(element, 'dvc-sign-cancel');
    await click(element, 'Quay lại');
    await cancelled;
    await expectAxeClean(element);
  });
});
