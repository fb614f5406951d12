/**
 * What the server's command line says about expected conditions (a port in use, a missing
 * directory): one line in the user's language, never a stack trace.
 */
import i18next, { type i18n as I18nInstance } from 'i18next';

export type TerminalLanguage = 'vi' | 'en';

const vi = {
  portInUse: 'Cổng {{port}} đang được một chương trình khác dùng. Hãy chọn cổng khác: {{retry}}',
  portDenied: 'Không được phép mở cổng {{port}}. Hãy chọn cổng từ 1024 trở lên: {{retry}}',
  cannotListen: 'Không mở được cổng {{port}} ({{code}}). Hãy thử cổng khác: {{retry}}',
  proceduresMissing: 'Không tìm thấy thư mục thủ tục {{path}}. Hãy chỉ đúng thư mục bằng --procedures.',
  staticMissing: 'Không tìm thấy thư mục trang web {{path}}. Hãy chỉ đúng thư mục bằng --static.',
} as const;

const en: Record<keyof typeof vi, string> = {
  portInUse: 'Port {{port}} is already in use by another program. Choose another port: {{retry}}',
  portDenied: 'Not allowed to open port {{port}}. Choose a port of 1024 or above: {{retry}}',
  cannotListen: 'Could not open port {{port}} ({{code}}). Try another port: {{retry}}',
  proceduresMissing: 'The procedures directory {{path}} was not found. Point --procedures at it.',
  staticMissing: 'The web pages directory {{path}} was not found. Point --static at it.',
};

export const terminalStrings = { vi, en } as const;

let instance: I18nInstance | undefined;
function i18n(): I18nInstance {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      resources: { vi: { terminal: vi }, en: { terminal: en } },
      lng: 'vi',
      fallbackLng: 'vi',
      ns: ['terminal'],
      defaultNS: 'terminal',
      // Plain text for a terminal, never HTML.
      interpolation: { escapeValue: false },
      initAsync: false,
    });
  }
  return instance;
}

/** The terminal's language from the locale variables (`vi_VN.UTF-8` → vi; anything else → en). */
export function terminalLanguage(env: NodeJS.ProcessEnv = process.env): TerminalLanguage {
  const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  return /^vi\b|^vi_/i.test(locale) ? 'vi' : 'en';
}

/**
 * One line for an error from `listen`, or undefined when it is not a listening problem (then the
 * caller reports it as unexpected). `retryWith(port)` is the command to suggest.
 */
export function listenErrorMessage(
  error: unknown,
  port: number,
  retryWith: (port: number) => string,
  language: TerminalLanguage = terminalLanguage(),
): string | undefined {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const options = { lng: language, port, retry: retryWith(port === 0 ? 8081 : port + 1), code };
  if (code === 'EADDRINUSE') return i18n().t('portInUse', options);
  if (code === 'EACCES') return i18n().t('portDenied', { ...options, retry: retryWith(port < 1024 ? 8080 : port + 1) });
  if (code === 'EADDRNOTAVAIL') return i18n().t('cannotListen', options);
  return undefined;
}

/** One line for a directory the server was told to use that is not there. */
export function missingDirectoryMessage(
  which: 'procedures' | 'static',
  path: string,
  language: TerminalLanguage = terminalLanguage(),
): string {
  return i18n().t(which === 'procedures' ? 'proceduresMissing' : 'staticMissing', { lng: language, path });
}
