import type { FeeSummary } from '../../payment/fee-lines.js';
import { formatVnd } from '../../payment/fee-lines.js';

type Text = string | { vi: string; en?: string | undefined };

/** Text in `language` from a localized value that may be a plain string or lack English. */
export function localizeLoose(text: Text, language: string): string {
  if (typeof text === 'string') return text;
  return language === 'en' && text.en ? text.en : text.vi;
}

/** The fee lines in words: "Lệ phí: 10.000 ₫ khi nộp trực tuyến (thay vì 20.000 ₫)"; free when nothing is owed. */
export function feeText(
  fees: FeeSummary,
  language: string,
  t: (key: string, options?: Record<string, unknown>) => string,
): string {
  if (fees.lines.length === 0 || fees.lines.every((line) => line.free)) return t('fee.free');
  return fees.lines
    .map((line) => {
      const title = line.title ? localizeLoose(line.title, language) : '';
      const amount = line.free
        ? t('fee.free')
        : line.formatted && line.standardAmount !== undefined
          ? t('fee.online', { amount: line.formatted, standard: formatVnd(line.standardAmount) })
          : (line.formatted ?? (line.setBy ? t('fee.setBy', { body: localizeLoose(line.setBy, language) }) : ''));
      const condition = line.appliesWhen
        ? ` (${t('fee.conditional', { condition: localizeLoose(line.appliesWhen, language).toLowerCase() })})`
        : '';
      return `${title}: ${amount}${condition}`;
    })
    .join('; ');
}
