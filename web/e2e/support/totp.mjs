// Time-based one-time passwords as authenticator apps compute them (RFC 6238 over RFC 4226):
// HMAC-SHA-1 of the 30-second step number, dynamically truncated to 6 digits.
import { createHmac } from 'node:crypto';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const STEP_SECONDS = 30;

/** Decodes an RFC 4648 base32 secret (spaces, hyphens and padding ignored, any case). */
export function base32Decode(text) {
  const clean = text.toUpperCase().replace(/[\s=-]/g, '');
  const bytes = [];
  let buffer = 0;
  let bits = 0;
  for (const char of clean) {
    const value = BASE32.indexOf(char);
    if (value < 0) throw new Error(`not a base32 character: ${char}`);
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >>> bits) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

/** The step number of a moment (milliseconds since the epoch). */
export function stepAt(millis) {
  return Math.floor(millis / 1000 / STEP_SECONDS);
}

/** The 6-digit code of a base32 secret for a step number. */
export function totpCode(secret, step) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const number = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(number % 1_000_000).padStart(6, '0');
}

/** Waits until the clock is in a step after `step` and returns the new step number. */
export async function nextStepAfter(step) {
  for (;;) {
    const now = stepAt(Date.now());
    if (now > step) return now;
    const wait = (step + 1) * STEP_SECONDS * 1000 - Date.now() + 250;
    await new Promise((resolve) => setTimeout(resolve, Math.max(100, wait)));
  }
}
