import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

const PERIOD_S = 30;
const ISSUER = 'Helpline';

const totpOf = (secret: string, label: string) =>
  new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_S,
    secret: Secret.fromBase32(secret),
  });

/** A new random 160-bit secret, base32 as authenticator apps expect. */
export const newTotpSecret = () => new Secret({ size: 20 }).base32;

export const otpauthUrl = (secret: string, username: string) => totpOf(secret, username).toString();

/** The QR code as SVG markup, made here: no external service sees the secret. */
export const qrSvg = (url: string) => QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });

/**
 * The time step a code belongs to (RFC 6238, 30 s steps, one step of drift either way), or null. The caller refuses a
 * step at or before the last accepted one, so a code works once.
 */
export const totpStep = (secret: string, code: string, at: Date): number | null => {
  const delta = totpOf(secret, 'check').validate({ token: code, timestamp: at.getTime(), window: 1 });
  return delta === null ? null : Math.floor(at.getTime() / 1000 / PERIOD_S) + delta;
};

/** The code for a moment (the CLI and tests use it). */
export const totpCode = (secret: string, at: Date) => totpOf(secret, 'code').generate({ timestamp: at.getTime() });
