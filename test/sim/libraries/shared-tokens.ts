// Per-session form tokens, checked on POST: LICS-XP's 40-hex `hash` (one per screen) and winj's `hid_session`
// (the session id itself).
import { createHmac, randomBytes } from 'node:crypto';

const SECRET = randomBytes(20);

/** A 40-hex token (HMAC-SHA1) bound to the session and the screen it was issued for. */
export function screenToken(sessionId: string, screen: string): string {
  return createHmac('sha1', SECRET).update(`${sessionId}\n${screen}`).digest('hex');
}
