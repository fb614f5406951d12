import { expect, fixture, html } from '@open-wc/testing';
import { demoCitizens } from '@dvc/identity/fixtures.js';
import { axeViolations, axNode, describeViolations, flattenAx } from '../../../../../test/support/accessibility.js';
import { settle } from '../../../../../test/support/settle.js';
import type { AssistedFilingAdapter } from '../../adapters/assisted.js';
import type { IdentityResponse } from '../../adapters/types.js';
import './define.js';
import type { DvcAssistedIntake, DvcCitizenIdentifiedDetail } from './assisted-intake.js';

const maiQr = String(demoCitizens.find((entry) => entry.id === 'legacy-address')?.claims['cccd-qr']);

/** A back end that answers every QR text with a token, and offers a demo OTP whose code is 246810. */
function fakeAssisted(options: { otp?: boolean } = {}): { adapter: AssistedFilingAdapter; asked: string[] } {
  const asked: string[] = [];
  const adapter: AssistedFilingAdapter = {
    identifyFromQr: (qrText) => {
      asked.push(qrText);
      return Promise.resolve({ source: 'cccd-qr', claims: qrText, prefillToken: 'token-over-qr' } as IdentityResponse);
    },
    ...(options.otp
      ? {
          requestOtp: () =>
            Promise.resolve({ challengeId: 'OTP-1', expiresAt: '2026-12-06T05:00:00Z', demoCode: '246810' }),
          verifyOtp: (_challenge: string, code: string) => Promise.resolve(code === '246810'),
        }
      : {}),
  };
  return { adapter, asked };
}

async function mount(lang: string, adapter?: AssistedFilingAdapter): Promise<DvcAssistedIntake> {
  const element = await fixture<DvcAssistedIntake>(
    html`<dvc-assisted-intake
      lang=${lang}
      officer-id="CB-0001"
      officer-name="Lê Thị Thu Hà"
      .adapters=${adapter ? { assisted: adapter } : {}}
    ></dvc-assisted-intake>`,
  );
  await settle(element);
  return element;
}

function inner<T extends Element>(host: Element | null | undefined, selector: string): T {
  const found = host?.shadowRoot?.querySelector<T>(selector) ?? host?.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function typeQr(element: DvcAssistedIntake, text: string): Promise<void> {
  const textarea = inner<HTMLTextAreaElement>(inner(element, 'dvc-textarea'), 'textarea');
  textarea.value = text;
  textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settle(element);
}

async function press(element: DvcAssistedIntake, name: RegExp): Promise<void> {
  const button = [...element.shadowRoot!.querySelectorAll('dvc-button')].find((candidate) =>
    name.test(candidate.textContent ?? ''),
  );
  if (!button) throw new Error(`no button ${String(name)}`);
  (button as HTMLElement).click();
  await settle(element);
  await new Promise((resolve) => setTimeout(resolve, 0));
  await settle(element);
}

describe('dvc-assisted-intake', () => {
  for (const lang of ['vi', 'en']) {
    it(`asks for the card's QR text with a named, described field; axe-clean (${lang})`, async () => {
      const element = await mount(lang, fakeAssisted().adapter);
      const tree = flattenAx(await axNode(element));
      const heading = tree.find((node) => node.role === 'heading');
      expect(heading?.name).to.equal(lang === 'vi' ? 'Xác định người dân' : 'Identify the citizen');
      const field = tree.find((node) => node.role === 'textbox');
      expect(field?.name).to.equal(
        lang === 'vi' ? 'Nội dung mã QR trên thẻ căn cước' : 'Text of the QR code on the identity card',
      );
      expect(field?.description).to.match(lang === 'vi' ? /Máy đọc mã cầm tay/ : /handheld QR reader/);
      // Headless Chromium on Linux has no BarcodeDetector: no camera button, typing still works.
      expect(tree.some((node) => node.role === 'button' && /camera/i.test(node.name ?? ''))).to.equal(false);
      const violations = await axeViolations(element);
      expect(violations, describeViolations(violations)).to.deep.equal([]);
    });
  }

  it('offers the camera where the browser has a BarcodeDetector (feature-detected)', async () => {
    const global = globalThis as { BarcodeDetector?: unknown };
    global.BarcodeDetector = class {
      detect(): Promise<{ rawValue: string }[]> {
        return Promise.resolve([]);
      }
    };
    try {
      const element = await mount('en', fakeAssisted().adapter);
      const names = flattenAx(await axNode(element))
        .filter((node) => node.role === 'button')
        .map((node) => node.name);
      expect(names).to.include('Scan the QR code with the camera');
    } finally {
      delete global.BarcodeDetector;
    }
  });

  it('reads the card from the camera: the first QR code found fills the field and is read; the camera stops', async () => {
    const global = globalThis as { BarcodeDetector?: unknown };
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 64;
    canvas.getContext('2d')!.fillRect(0, 0, 64, 64);
    const stream = canvas.captureStream(10);
    const devices = navigator.mediaDevices;
    const original = devices.getUserMedia.bind(devices);
    let looks = 0;
    global.BarcodeDetector = class {
      detect(): Promise<{ rawValue: string }[]> {
        looks += 1;
        // Nothing on the first frame, the card on the second.
        return Promise.resolve(looks < 2 ? [] : [{ rawValue: maiQr }]);
      }
    };
    devices.getUserMedia = () => Promise.resolve(stream);
    try {
      const { adapter, asked } = fakeAssisted();
      const element = await mount('en', adapter);
      await press(element, /Scan the QR code/);
      const deadline = Date.now() + 5000;
      while (asked.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      await settle(element);
      expect(asked).to.deep.equal([maiQr]);
      expect(looks).to.be.at.least(2);
      expect(stream.getVideoTracks().every((track) => track.readyState === 'ended')).to.equal(true);
      expect(element.shadowRoot!.querySelector('#citizen-heading')).to.not.equal(null);
    } finally {
      devices.getUserMedia = original;
      delete global.BarcodeDetector;
    }
  });

  it('says so when the camera cannot be opened, and typing still works', async () => {
    const global = globalThis as { BarcodeDetector?: unknown };
    const devices = navigator.mediaDevices;
    const original = devices.getUserMedia.bind(devices);
    global.BarcodeDetector = class {
      detect(): Promise<{ rawValue: string }[]> {
        return Promise.resolve([]);
      }
    };
    devices.getUserMedia = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    try {
      const element = await mount('vi', fakeAssisted().adapter);
      await press(element, /Quét mã QR/);
      const alert = element.shadowRoot!.querySelector('[role=alert]');
      expect(alert?.textContent).to.contain('Không mở được camera');
      expect(element.shadowRoot!.querySelector('dvc-textarea')).to.not.equal(null);
    } finally {
      devices.getUserMedia = original;
      delete global.BarcodeDetector;
    }
  });

  it('keeps bad QR text, says what is wrong in the page language and focuses the field', async () => {
    const { adapter, asked } = fakeAssisted();
    const element = await mount('vi', adapter);
    await typeQr(element, '034168005566|Trịnh Thị Mai');
    await press(element, /Đọc thông tin/);
    const dvcTextarea = inner(element, 'dvc-textarea');
    const textarea = inner<HTMLTextAreaElement>(dvcTextarea, 'textarea');
    expect(textarea.value).to.equal('034168005566|Trịnh Thị Mai');
    const node = await axNode(textarea);
    expect(node.invalid).to.equal('true');
    expect(node.description).to.contain('Không đọc được mã QR: Mã QR không phải của thẻ căn cước');
    expect(deepActive()).to.equal(textarea);
    expect(asked).to.deep.equal([]);

    // The message follows a language switch; the text stays.
    element.setAttribute('lang', 'en');
    await settle(element);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await settle(element);
    expect((await axNode(textarea)).description).to.contain('The QR code could not be read:');
    expect(textarea.value).to.equal('034168005566|Trịnh Thị Mai');
    element.setAttribute('lang', 'vi');
    await settle(element);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await settle(element);

    await typeQr(element, '');
    await press(element, /Đọc thông tin/);
    expect((await axNode(textarea)).description).to.contain('Nhập nội dung mã QR trên thẻ căn cước');
  });

  for (const [lang, expected] of [
    ['en', 'The QR code could not be read: This QR code is not from an ID card: it needs at least 7 fields'],
    ['vi', 'Không đọc được mã QR: Mã QR không phải của thẻ căn cước: cần ít nhất 7 trường'],
  ] as const) {
    it(`says why QR text is not a card's wholly in the page language, from the first error on (${lang})`, async () => {
      const { adapter } = fakeAssisted();
      const element = await mount(lang, adapter);
      await typeQr(element, 'ABC-123');
      await press(element, lang === 'en' ? /Read the card/ : /Đọc thông tin/);
      const textarea = inner<HTMLTextAreaElement>(inner(element, 'dvc-textarea'), 'textarea');
      expect((await axNode(textarea)).description).to.contain(expected);
    });
  }

  it('reads the card, shows the details as unverified, and fires dvc-citizen-identified after spoken consent', async () => {
    const { adapter, asked } = fakeAssisted();
    const element = await mount('en', adapter);
    await typeQr(element, `  ${maiQr}\n`);
    await press(element, /Read the card/);
    expect(asked).to.deep.equal([maiQr]);
    const text = element.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Trịnh Thị Mai');
    expect(text).to.contain('034168005566');
    expect(text).to.contain('30/11/1968');
    expect(text).to.contain('not been checked against the national population database');
    expect(text).to.contain('I am Lê Thị Thu Hà. I will help you, Trịnh Thị Mai,');
    expect(deepActive()?.id).to.equal('citizen-heading');

    const events: DvcCitizenIdentifiedDetail[] = [];
    element.addEventListener('dvc-citizen-identified', (event) => events.push(event.detail));
    await press(element, /Continue/);
    expect(events).to.have.length(0);
    const checkbox = inner<HTMLInputElement>(inner(element, 'dvc-checkbox'), 'input');
    expect((await axNode(checkbox)).description).to.contain('Tick this box once the citizen has agreed');

    checkbox.click();
    await settle(element);
    expect((await axNode(checkbox)).name).to.equal('I read this to the citizen and they agreed');
    const violations = await axeViolations(element);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
    await press(element, /Continue/);
    expect(events).to.have.length(1);
    const detail = events[0]!;
    expect(detail.identity).to.deep.equal({ source: 'cccd-qr', claims: maiQr, prefillToken: 'token-over-qr' });
    expect(detail.assistance.officerId).to.equal('CB-0001');
    expect(detail.assistance.consent.method).to.equal('spoken');
    expect(Number.isNaN(Date.parse(detail.assistance.consent.confirmedAt))).to.equal(false);
    expect(detail.citizen.fullName).to.equal('Trịnh Thị Mai');
  });

  it('records consent by OTP where the host offers it: the demo code is shown, a wrong code is refused', async () => {
    const element = await mount('vi', fakeAssisted({ otp: true }).adapter);
    await typeQr(element, maiQr);
    await press(element, /Đọc thông tin/);
    const radios = inner(element, 'dvc-radios');
    const otpRadio = [...radios.shadowRoot!.querySelectorAll<HTMLInputElement>('input')].find(
      (input) => input.value === 'otp',
    )!;
    otpRadio.click();
    await settle(element);
    await press(element, /Gửi mã xác nhận/);
    expect(element.shadowRoot!.textContent).to.contain('mã là 246810');
    const events: DvcCitizenIdentifiedDetail[] = [];
    element.addEventListener('dvc-citizen-identified', (event) => events.push(event.detail));

    const input = inner<HTMLInputElement>(inner(element, 'dvc-text-input'), 'input');
    const type = async (code: string): Promise<void> => {
      input.value = code;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await settle(element);
    };
    await type('12');
    await press(element, /Xác nhận mã/);
    expect((await axNode(input)).description).to.contain('Mã xác nhận phải gồm đúng 6 chữ số');
    await type('111111');
    await press(element, /Xác nhận mã/);
    expect((await axNode(input)).description).to.contain('Mã xác nhận không đúng');
    expect(input.value).to.equal('111111');
    await press(element, /Tiếp tục/);
    expect(events).to.have.length(0);

    await type('246810');
    await press(element, /Xác nhận mã/);
    expect(element.shadowRoot!.textContent).to.contain('Người dân đã xác nhận bằng mã.');
    const violations = await axeViolations(element);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
    await press(element, /Tiếp tục/);
    expect(events.map((detail) => detail.assistance.consent.method)).to.deep.equal(['otp']);
  });

  it('says assisted filing is not set up without an assisted adapter or without an officer', async () => {
    const withoutOfficer = await fixture<DvcAssistedIntake>(
      html`<dvc-assisted-intake lang="en" .adapters=${{ assisted: fakeAssisted().adapter }}></dvc-assisted-intake>`,
    );
    expect(withoutOfficer.shadowRoot!.querySelector('[role=alert]')?.textContent).to.contain('has not set up');
    const element = await mount('en');
    const alert = element.shadowRoot!.querySelector('[role=alert]')!;
    expect((await axNode(alert)).role).to.equal('alert');
    expect(alert.textContent).to.contain('has not set up assisted filing');
    expect(element.shadowRoot!.querySelector('dvc-textarea')).to.equal(null);
  });
});
