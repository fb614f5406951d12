import type { ValidationTarget, Validator } from '@dvc/core';

/** One entry of `accept`: a file extension (`.jpg`), an exact MIME type or a `type/*` wildcard. */
export interface AcceptToken {
  readonly kind: 'extension' | 'mime' | 'wildcard';
  /** Lower case: `.jpg`, `application/pdf`, or the main type of a wildcard (`image`). */
  readonly value: string;
}

/** What the file validators read besides the files. */
export interface FileConstraints {
  readonly accept: readonly AcceptToken[];
  /** Largest size of one file, in bytes. */
  readonly maxSize: number | undefined;
  /** Most files allowed: 1 without `multiple`. */
  readonly maxFiles: number | undefined;
  /** The accepted types in words for messages, e.g. "PDF, JPG hoặc PNG". */
  readonly typesText: string;
  /** `maxSize` formatted for messages, e.g. "5 MB". */
  readonly sizeText: string;
}

export type FileTarget = ValidationTarget<readonly File[]> & FileConstraints;

/** Short names citizens know, for the MIME types portals ask for most. */
export const mimeLabels: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'image/gif': 'GIF',
  'image/webp': 'WEBP',
  'image/heic': 'HEIC',
  'image/tiff': 'TIFF',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/zip': 'ZIP',
  'text/plain': 'TXT',
  'text/csv': 'CSV',
  'application/xml': 'XML',
  'text/xml': 'XML',
};

/** Extensions of the same types, for files the operating system gave no MIME type. */
const extensionMimes: Readonly<Record<string, string>> = {
  '.pdf': 'application/pdf',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.heic': 'image/heic',
  '.tif': 'image/tiff',
  '.tiff': 'image/tiff',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.zip': 'application/zip',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.xml': 'application/xml',
};

export const wildcardKinds = new Set(['image', 'audio', 'video']);

/** Parses an `accept` attribute as browsers do: comma-separated, case-insensitive. */
export function parseAccept(accept: string): AcceptToken[] {
  return accept
    .split(',')
    .map((token) => token.trim().toLowerCase())
    .filter(Boolean)
    .map((token): AcceptToken => {
      if (token.startsWith('.')) return { kind: 'extension', value: token };
      if (token.endsWith('/*')) return { kind: 'wildcard', value: token.slice(0, -2) };
      return { kind: 'mime', value: token };
    });
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** Whether a file matches `accept`; an empty `accept` takes any file. */
export function fileMatchesAccept(file: File, accept: readonly AcceptToken[]): boolean {
  if (accept.length === 0) return true;
  const extension = extensionOf(file.name);
  const type = (file.type || extensionMimes[extension] || '').toLowerCase();
  return accept.some((token) => {
    if (token.kind === 'extension') return extension === token.value;
    if (token.kind === 'wildcard') return type.startsWith(`${token.value}/`);
    return type === token.value;
  });
}

/** The same file chosen twice is listed once. */
export function sameFile(a: File, b: File): boolean {
  return a === b || (a.name === b.name && a.size === b.size && a.type === b.type && a.lastModified === b.lastModified);
}

export function toFileList(files: readonly File[]): FileList {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  return transfer.files;
}

export function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/** Too many files: more than `max-files`, or more than one without `multiple`. */
export const fileCountValidator: Validator<readonly File[], FileTarget> = {
  name: 'file-count',
  validate: ({ value, maxFiles }) =>
    maxFiles !== undefined && value.length > maxFiles
      ? { messageKey: 'fileCount', flag: 'tooLong', params: { count: maxFiles } }
      : null,
};

/** The first file whose type `accept` does not allow. */
export const fileTypeValidator: Validator<readonly File[], FileTarget> = {
  name: 'file-type',
  validate: ({ value, accept, typesText }) => {
    const wrong = value.find((file) => !fileMatchesAccept(file, accept));
    return wrong
      ? { messageKey: 'fileType', flag: 'typeMismatch', params: { file: wrong.name, types: typesText } }
      : null;
  },
};

/** The first file larger than `max-size`. */
export const fileSizeValidator: Validator<readonly File[], FileTarget> = {
  name: 'file-size',
  validate: ({ value, maxSize, sizeText }) => {
    const wrong = maxSize === undefined ? undefined : value.find((file) => file.size > maxSize);
    return wrong
      ? { messageKey: 'fileSize', flag: 'rangeOverflow', params: { file: wrong.name, size: sizeText } }
      : null;
  },
};
