/**
 * The officer endpoints' refusals in words, Vietnamese or English by the request's
 * Accept-Language (Vietnamese by default): the problem's `detail`, beside its stable `error` code.
 */
import i18next, { type i18n as I18nInstance } from 'i18next';
import type { IncomingMessage } from 'node:http';
import { HttpProblem } from './problems.js';

const vi = {
  'officer-only': 'Chỉ cán bộ tiếp nhận hồ sơ mới xem được trang này. Hãy đăng nhập bằng tài khoản cán bộ.',
  'officer-unknown': 'Không có cán bộ thử nghiệm với mã này.',
  'transition-not-allowed': 'Hồ sơ đang ở trạng thái “{{from}}”, không thể chuyển sang “{{to}}”.',
  'status-changed': 'Hồ sơ vừa được người khác cập nhật. Hãy tải lại rồi thử lại.',
  'not-found': 'Không tìm thấy hồ sơ này.',
  received: 'Đã tiếp nhận',
  processing: 'Đang xử lý',
  'result-ready': 'Đã có kết quả',
  rejected: 'Từ chối giải quyết',
} as const;

const en: Record<keyof typeof vi, string> = {
  'officer-only': 'Only the officers who receive applications can see this. Sign in with an officer account.',
  'officer-unknown': 'There is no demo officer with this id.',
  'transition-not-allowed': 'The application is “{{from}}”; it cannot move to “{{to}}”.',
  'status-changed': 'Someone else has just updated this application. Reload it and try again.',
  'not-found': 'This application was not found.',
  received: 'Received',
  processing: 'Being processed',
  'result-ready': 'Result ready',
  rejected: 'Refused',
};

export const officerStrings = { vi, en } as const;
export type OfficerMessage = keyof typeof vi;

let instance: I18nInstance | undefined;
function i18n(): I18nInstance {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      resources: { vi: { officer: vi }, en: { officer: en } },
      lng: 'vi',
      fallbackLng: 'vi',
      ns: ['officer'],
      defaultNS: 'officer',
      // JSON text, never HTML.
      interpolation: { escapeValue: false },
      initAsync: false,
    });
  }
  return instance;
}

/** `en` when the request prefers English (`Accept-Language: en…` first), else `vi`. */
export function requestLanguage(request: IncomingMessage): 'vi' | 'en' {
  const first = (request.headers['accept-language'] ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}

/** A problem whose `detail` says it in the request's language. */
export function localizedProblem(
  request: IncomingMessage,
  status: number,
  code: OfficerMessage,
  extra: Record<string, unknown> = {},
  values: Record<string, string> = {},
): HttpProblem {
  const lng = requestLanguage(request);
  const named = Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, i18n().t(value, { lng, defaultValue: value })]),
  );
  return new HttpProblem(
    status,
    code,
    { ...extra, detail: i18n().t(code, { lng, ...named }) },
    { 'content-language': lng },
  );
}
