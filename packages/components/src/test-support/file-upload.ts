import '../file-upload/define.js';
import type { DvcFileUpload } from '../file-upload/file-upload.js';

export const megabyte = 1024 * 1024;

/** A synthetic file of `size` bytes. */
export function makeFile(name: string, type: string, size = 2048): File {
  return new File([new Uint8Array(size)], name, { type, lastModified: 1_767_225_600_000 });
}

export function fileList(files: readonly File[]): FileList {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  return transfer.files;
}

export function nativeInput(element: DvcFileUpload): HTMLInputElement {
  return element.shadowRoot!.querySelector('input')!;
}

/** What the OS picker does after the citizen chose files: sets `files`, fires input and change. */
export function pick(element: DvcFileUpload, files: readonly File[]): void {
  const input = nativeInput(element);
  input.files = fileList(files);
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

export function drag(
  element: DvcFileUpload,
  type: 'dragenter' | 'dragover' | 'dragleave' | 'drop',
  files: readonly File[],
): DragEvent {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  const event = new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true, composed: true });
  nativeInput(element).dispatchEvent(event);
  return event;
}

export const listedNames = (element: DvcFileUpload): string[] =>
  [...element.shadowRoot!.querySelectorAll('.file-name')].map((node) => node.textContent ?? '');

export const statusText = (element: DvcFileUpload): string =>
  element.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();

export const restoredState = new FormData();
restoredState.append('field', makeFile('so-ho-khau.pdf', 'application/pdf'));
