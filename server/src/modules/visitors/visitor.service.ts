import { createHash, randomBytes, randomInt } from 'node:crypto';
import { type Database, visitors } from '@helpline/db';
import { eq } from 'drizzle-orm';
import type { Clock } from '../../clock';

const hash = (value: string) => createHash('sha256').update(value).digest('hex');
/** Without look-alikes (0/O, 1/I/L), so a code read off a screen is typed back right. */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** Anonymous visitors: a 256-bit token and an optional return code, of which only hashes are stored. */
export const createVisitorService = ({ db, clock }: { db: Database; clock: Clock }) => ({
  /** The visitor of a token, or a new one (with its token, to be sent once). */
  identify: async (token: unknown): Promise<{ visitorId: string; newToken?: string }> => {
    if (typeof token === 'string' && token.length >= 40 && token.length <= 100) {
      const [found] = await db
        .update(visitors)
        .set({ lastSeenAt: clock.now() })
        .where(eq(visitors.tokenHash, hash(token)))
        .returning({ id: visitors.id });
      if (found) return { visitorId: found.id };
    }
    const fresh = randomBytes(32).toString('base64url');
    const [created] = await db
      .insert(visitors)
      .values({ tokenHash: hash(fresh), createdAt: clock.now(), lastSeenAt: clock.now() })
      .returning({ id: visitors.id });
    if (!created) throw new Error('insert returned nothing');
    return { visitorId: created.id, newToken: fresh };
  },

  /** A fresh code each time (the previous one stops working); shown once, only its hash kept. */
  createReturnCode: async (visitorId: string) => {
    const groups = Array.from({ length: 3 }, () =>
      Array.from({ length: 4 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join(''),
    );
    const code = groups.join('-');
    await db
      .update(visitors)
      .set({ returnCodeHash: hash(code) })
      .where(eq(visitors.id, visitorId));
    return code;
  },

  /** The earliest visitor a return code leads to (following earlier links), or null. */
  linkByReturnCode: async (visitorId: string, code: string) => {
    const [owner] = await db
      .select()
      .from(visitors)
      .where(eq(visitors.returnCodeHash, hash(code.toUpperCase())));
    if (!owner || owner.id === visitorId) return null;
    const root = owner.linkedVisitorId ?? owner.id;
    await db.update(visitors).set({ linkedVisitorId: root }).where(eq(visitors.id, visitorId));
    return root;
  },
});

export type VisitorService = ReturnType<typeof createVisitorService>;
