/**
 * The demo officer's session: a signed, HttpOnly, SameSite=Strict cookie of its own, apart from the
 * citizen's (`dvc_session`), so signing in as an officer never carries a citizen's authority and a
 * citizen's cookie never opens the officer endpoints. A real portal puts its staff sign-in here.
 */
import { hmac, safeEqual } from './canonical.js';

export const officerCookieName = 'dvc_officer';

export interface DemoOfficer {
  readonly id: string;
  readonly name: string;
  readonly unit: { readonly vi: string; readonly en: string };
}

/** Synthetic officers of the demo portal. */
export const demoOfficers: readonly DemoOfficer[] = [
  {
    id: 'CB-0001',
    name: 'Lê Thị Thu (cán bộ thử nghiệm)',
    unit: { vi: 'Bộ phận một cửa UBND phường Thử Nghiệm', en: 'One-stop desk, Demo Ward People’s Committee' },
  },
  {
    id: 'CB-0002',
    name: 'Đỗ Văn Minh (cán bộ thử nghiệm)',
    unit: { vi: 'Tổ công nghệ số cộng đồng', en: 'Community digital technology team' },
  },
];

export class OfficerSessions {
  constructor(
    private readonly secret: string,
    private readonly secureCookie = false,
  ) {}

  find(officerId: string): DemoOfficer | undefined {
    return demoOfficers.find((officer) => officer.id === officerId);
  }

  setCookieHeader(officer: DemoOfficer | undefined): string {
    const secure = this.secureCookie ? '; Secure' : '';
    if (!officer) return `${officerCookieName}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${secure}`;
    const value = `${officer.id}.${hmac(this.secret, `officer:${officer.id}`)}`;
    return `${officerCookieName}=${value}; Path=/; HttpOnly; SameSite=Strict${secure}`;
  }

  /** The officer the request's cookie names, when the cookie is genuine. */
  fromCookie(cookieHeader: string | undefined): DemoOfficer | undefined {
    const raw = (cookieHeader ?? '')
      .split(';')
      .map((part) => part.trim())
      .find((part) => part.startsWith(`${officerCookieName}=`))
      ?.slice(officerCookieName.length + 1);
    const [id, mac, extra] = (raw ?? '').split('.');
    if (!id || !mac || extra !== undefined || !safeEqual(hmac(this.secret, `officer:${id}`), mac)) return undefined;
    return this.find(id);
  }
}
