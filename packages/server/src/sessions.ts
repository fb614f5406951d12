/**
 * Sessions and prefill tokens. Every visitor gets a session (a random id in a signed, HttpOnly,
 * SameSite=Strict cookie) before it may write; signing in starts a new session that also names the
 * citizen. Records are bound to the session that made them. The prefill token is signed over the
 * session, the citizen (and a digest of their record), its issue time and its expiry: it is
 * useless under another session, for another citizen, or after it expires.
 */
import { canonicalJson, hmac, safeEqual, sha256 } from './canonical.js';
import { claimSources, type ClaimSourceName, type DemoCitizenFixture } from './demo-identity.js';
import { randomId } from './reference.js';

export const sessionCookieName = 'dvc_session';

export interface Session {
  readonly id: string;
  /** The signed-in citizen, when there is one. */
  readonly citizenId?: string;
  readonly source?: ClaimSourceName;
}

export type TokenCheck =
  | { ok: true; citizenId: string }
  | { ok: false; reason: 'malformed' | 'signature' | 'session' | 'expired' | 'citizen' };

export class Sessions {
  constructor(
    private readonly secret: string,
    private readonly now: () => number,
    /** How long a prefill token stays valid, ms. */
    private readonly tokenLifetimeMs: number,
    /** Mark the cookie `Secure` (behind TLS). */
    private readonly secureCookie = false,
  ) {}

  create(citizenId?: string, source?: ClaimSourceName): Session {
    return { id: randomId('S', 128), ...(citizenId && source ? { citizenId, source } : {}) };
  }

  cookieValue(session: Session): string {
    const payload = `${session.id}.${encodeURIComponent(session.citizenId ?? '')}.${session.source ?? ''}`;
    return `${payload}.${hmac(this.secret, `session:${payload}`)}`;
  }

  setCookieHeader(session: Session): string {
    return `${sessionCookieName}=${this.cookieValue(session)}; Path=/; HttpOnly; SameSite=Strict${this.secureCookie ? '; Secure' : ''}`;
  }

  /** The session named by the request's Cookie header, when its cookie is genuine. */
  fromCookie(cookieHeader: string | undefined): Session | undefined {
    const raw = (cookieHeader ?? '')
      .split(';')
      .map((part) => part.trim())
      .find((part) => part.startsWith(`${sessionCookieName}=`))
      ?.slice(sessionCookieName.length + 1);
    const parts = raw?.split('.');
    if (!parts || parts.length !== 4) return undefined;
    const [id, citizen, source, mac] = parts as [string, string, string, string];
    if (!/^S[0-9A-Z]{26}$/.test(id) || !safeEqual(hmac(this.secret, `session:${id}.${citizen}.${source}`), mac))
      return undefined;
    if (citizen === '') return { id };
    let citizenId: string;
    try {
      citizenId = decodeURIComponent(citizen);
    } catch {
      return undefined;
    }
    if (!(claimSources as readonly string[]).includes(source)) return undefined;
    return { id, citizenId, source: source as ClaimSourceName };
  }

  prefillToken(session: Session, entry: DemoCitizenFixture): string {
    const issuedAt = Math.floor(this.now() / 1000);
    const payload = Buffer.from(
      JSON.stringify({
        s: session.id,
        c: entry.id,
        d: sha256(canonicalJson(entry.citizen)),
        iat: issuedAt,
        exp: issuedAt + Math.ceil(this.tokenLifetimeMs / 1000),
      }),
    ).toString('base64url');
    return `${payload}.${hmac(this.secret, `prefill:${payload}`)}`;
  }

  /** Checks a prefill token against the session presenting it and the citizen records. */
  checkPrefillToken(
    token: string,
    session: Session | undefined,
    find: (citizenId: string) => DemoCitizenFixture | undefined,
  ): TokenCheck {
    const [payload, mac, extra] = token.split('.');
    if (!payload || !mac || extra !== undefined) return { ok: false, reason: 'malformed' };
    if (!safeEqual(hmac(this.secret, `prefill:${payload}`), mac)) return { ok: false, reason: 'signature' };
    let claims: { s?: unknown; c?: unknown; d?: unknown; iat?: unknown; exp?: unknown };
    try {
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as typeof claims;
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    if (!session || claims.s !== session.id) return { ok: false, reason: 'session' };
    if (typeof claims.exp !== 'number' || this.now() / 1000 >= claims.exp) return { ok: false, reason: 'expired' };
    const entry = typeof claims.c === 'string' ? find(claims.c) : undefined;
    if (!entry || entry.id !== session.citizenId || claims.d !== sha256(canonicalJson(entry.citizen)))
      return { ok: false, reason: 'citizen' };
    return { ok: true, citizenId: entry.id };
  }
}
