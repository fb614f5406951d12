/**
 * Social insurance number (mã số BHXH): 10 digits, a lifelong personal number issued by Vietnam
 * Social Security (`shared/reference/vn-domain.md` §4.3, marked [S]). The reference gives no
 * check digit, so only the shape is checked.
 */
export function isVnSocialInsurance(number: string): boolean {
  return /^\d{10}$/.test(number);
}
