/**
 * Reads a QR code from the camera with the browser's `BarcodeDetector` where there is one
 * (Chromium on Android and ChromeOS, some desktops). Never required: feature-detected, and the
 * officer can always type or paste the text (a handheld reader types it as a keyboard does).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

interface DetectedBarcode {
  readonly rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}
type BarcodeDetectorConstructor = new (options: { formats: string[] }) => BarcodeDetectorLike;

/** The browser's `BarcodeDetector`, when it has one. */
export function barcodeDetector(): BarcodeDetectorConstructor | undefined {
  const candidate = (globalThis as { BarcodeDetector?: BarcodeDetectorConstructor }).BarcodeDetector;
  return typeof candidate === 'function' ? candidate : undefined;
}

/** How often a video frame is looked at, ms. */
const scanInterval = 250;

export class CameraScanner implements ReactiveController {
  /** `idle`, `scanning` (camera on), or `failed` (no camera, permission refused). */
  state: 'idle' | 'scanning' | 'failed' = 'idle';
  private stream: MediaStream | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onRead: (text: string) => void,
  ) {
    host.addController(this);
  }

  get available(): boolean {
    return barcodeDetector() !== undefined && typeof navigator.mediaDevices?.getUserMedia === 'function';
  }

  /** Starts the camera and shows it in `video`; calls `onRead` with the first QR code's text. */
  async start(video: HTMLVideoElement): Promise<void> {
    const Detector = barcodeDetector();
    if (!Detector) return;
    this.stop();
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
      video.srcObject = this.stream;
      await video.play();
    } catch {
      this.stop();
      this.state = 'failed';
      this.host.requestUpdate();
      return;
    }
    this.state = 'scanning';
    this.host.requestUpdate();
    const detector = new Detector({ formats: ['qr_code'] });
    const look = async (): Promise<void> => {
      if (this.state !== 'scanning') return;
      const found = await detector.detect(video).catch(() => []);
      const text = found[0]?.rawValue;
      if (text) {
        this.stop();
        this.onRead(text);
        return;
      }
      this.timer = setTimeout(() => void look(), scanInterval);
    };
    void look();
  }

  stop(): void {
    clearTimeout(this.timer);
    for (const track of this.stream?.getTracks() ?? []) track.stop();
    this.stream = undefined;
    if (this.state === 'scanning') {
      this.state = 'idle';
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.stop();
  }
}
