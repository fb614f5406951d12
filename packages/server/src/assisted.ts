/**
 * Assisted filing (ADR 0014): an officer or community helper files beside a citizen. The officer
 * signs in (demo: `POST /api/demo/officer/session`), which sets an HMAC-signed `dvc_officer` cookie
 * of its own, apart from the citizen's session; the citizen is identified from the chip ID card's
 * QR text, which the server exchanges for an identity token bound to the session, the officer and
 * the text itself. QR claims are printed on the card, not read from the national database: nothing
 * they give is `verified`.
 *
 * Officers sign in through `officer-session.ts` (the same cookie serves the officer view).
 */
import { randomInt } from 'node:crypto';
import { hmac, safeEqual, sha256 } from './canonical.js';
import { randomId } from './reference.js';
import type { Session } from './sessions.js';

export type IdentityTokenCheck =
  { ok: true; qrText: string } | { ok: false; reason: 'malformed' | 'signature' | 'session' | 'officer' | 'expired' };

interface OtpChallenge {
  readonly sessionId: string;
  readonly personalId: string;
  readonly code: string;
  readonly expiresAt: number;
  attempts: number;
  verified: boolean;
}

/** How many wrong codes a challenge takes before it is spent. */
const otpAttempts = 5;

export class AssistedFiling {
  private readonly challenges = new Map<string, OtpChallenge>();

  constructor(
    private readonly secret: string,
    private readonly now: () => number,
    /** How long an identity token and an OTP stay valid, ms. */
    private readonly lifetimeMs = { token: 2 * 60 * 60 * 1000, otp: 5 * 60 * 1000 },
  ) {}

  /** A token over the card's QR text, usable only by this officer in this session, until it expires. */
  identityToken(session: Session, officerId: string, qrText: string): string {
    const issuedAt = Math.floor(this.now() / 1000);
    const payload = Buffer.from(
      JSON.stringify({
        s: session.id,
        o: officerId,
        q: qrText,
        iat: issuedAt,
        exp: issuedAt + Math.ceil(this.lifetimeMs.token / 1000),
      }),
    ).toString('base64url');
    return `${payload}.${hmac(this.secret, `assisted-identity:${payload}`)}`;
  }

  checkIdentityToken(token: string, session: Session, officerId: string): IdentityTokenCheck {
    const [payload, mac, extra] = token.split('.');
    if (!payload || !mac || extra !== undefined) return { ok: false, reason: 'malformed' };
    if (!safeEqual(hmac(this.secret, `assisted-identity:${payload}`), mac)) return { ok: false, reason: 'signature' };
    let claims: { s?: unknown; o?: unknown; q?: unknown; exp?: unknown };
    try {
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as typeof claims;
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    if (claims.s !== session.id) return { ok: false, reason: 'session' };
    if (claims.o !== officerId) return { ok: false, reason: 'officer' };
    if (typeof claims.exp !== 'number' || this.now() / 1000 >= claims.exp) return { ok: false, reason: 'expired' };
    if (typeof claims.q !== 'string') return { ok: false, reason: 'malformed' };
    return { ok: true, qrText: claims.q };
  }

  /** Issues a 6-digit code for the citizen (the demo shows it on screen instead of texting it). */
  issueOtp(session: Session, personalId: string): { challengeId: string; code: string; expiresAt: string } {
    this.forgetExpired();
    const challengeId = randomId('OTP-', 60);
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const expiresAt = this.now() + this.lifetimeMs.otp;
    this.challenges.set(challengeId, {
      sessionId: session.id,
      personalId,
      code,
      expiresAt,
      attempts: 0,
      verified: false,
    });
    return { challengeId, code, expiresAt: new Date(expiresAt).toISOString() };
  }

  /** Checks a code; a challenge takes a few attempts, then is spent. */
  verifyOtp(session: Session, challengeId: string, code: string): 'verified' | 'wrong' | 'expired' {
    const challenge = this.challenges.get(challengeId);
    if (!challenge || challenge.sessionId !== session.id || this.now() >= challenge.expiresAt) return 'expired';
    if (challenge.attempts >= otpAttempts) return 'expired';
    challenge.attempts += 1;
    if (!safeEqual(sha256(challenge.code), sha256(code))) return 'wrong';
    challenge.verified = true;
    return 'verified';
  }

  /** Whether this session verified a code for the citizen with this personal ID number. */
  otpVerified(session: Session, personalId: string): boolean {
    for (const challenge of this.challenges.values())
      if (challenge.verified && challenge.sessionId === session.id && challenge.personalId === personalId) return true;
    return false;
  }

  private forgetExpired(): void {
    const now = this.now();
    // Verified challenges stay until they expire plus the token lifetime: the submission checks them.
    for (const [id, challenge] of this.challenges)
      if (now >= challenge.expiresAt + (challenge.verified ? this.lifetimeMs.token : 0)) this.challenges.delete(id);
  }
}
