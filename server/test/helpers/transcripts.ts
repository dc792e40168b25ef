import { randomBytes, randomUUID } from 'node:crypto';
import {
  conversations,
  type Database,
  messages,
  missedContacts,
  notes,
  referrals,
  staff,
  surveyAnswers,
} from '@helpline/db';
import { DEFAULT_CLINIC, type ProgrammeId } from '@helpline/shared';
import { eq, inArray } from 'drizzle-orm';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A conversation with a wrapped key, two messages, a note, tags, a referral and a survey, ended `daysAgo` days ago. */
export const insertTranscript = async (
  db: Database,
  opts: {
    programme: ProgrammeId;
    status: 'ended' | 'abandoned' | 'timed-out' | 'active';
    daysAgo: number;
    now: Date;
  },
) => {
  const [author] = await db
    .insert(staff)
    .values({
      username: `author-${randomUUID()}`,
      alias: 'Author',
      role: 'counsellor',
      programmes: [opts.programme],
      passwordHash: 'not-a-hash',
    })
    .returning({ id: staff.id });
  const endedAt = new Date(opts.now.getTime() - opts.daysAgo * DAY_MS);
  const queuedAt = new Date(endedAt.getTime() - 3_600_000);
  const id = randomUUID();
  await db.insert(conversations).values({
    id,
    programmeId: opts.programme,
    status: opts.status,
    queuedAt,
    queuePriority: queuedAt,
    startedAt: queuedAt,
    endedAt: opts.status === 'active' ? null : endedAt,
    wrappedKey: randomBytes(72),
    keyId: `${opts.programme}-1`,
    tags: { gender: 'female' },
  });
  await db.insert(messages).values(
    [1, 2].map((seq) => ({
      conversationId: id,
      seq,
      sender: 'visitor' as const,
      ciphertext: randomBytes(40),
      nonce: randomBytes(24),
    })),
  );
  await db.insert(notes).values({
    conversationId: id,
    seq: 1,
    authorId: author?.id ?? '',
    ciphertext: randomBytes(40),
    nonce: randomBytes(24),
  });
  await db.insert(referrals).values({ conversationId: id, programmeId: opts.programme, clinicId: DEFAULT_CLINIC });
  await db.insert(surveyAnswers).values({ conversationId: id, rating: 5 });
  await db
    .insert(missedContacts)
    .values({ programmeId: opts.programme, kind: 'abandoned', occurredAt: endedAt, conversationId: id });
  return id;
};

/** What is left of some conversations: key, message and note counts, shredded time, tags and referral and survey. */
export const whatIsLeft = async (db: Database, ids: string[]) =>
  Promise.all(
    ids.map(async (id) => {
      const [row] = await db.select().from(conversations).where(eq(conversations.id, id));
      return {
        id,
        hasKey: row?.wrappedKey != null,
        shredded: row?.shreddedAt != null,
        tags: row?.tags,
        messages: await db.$count(messages, eq(messages.conversationId, id)),
        notes: await db.$count(notes, eq(notes.conversationId, id)),
        referrals: await db.$count(referrals, inArray(referrals.conversationId, [id])),
        surveys: await db.$count(surveyAnswers, eq(surveyAnswers.conversationId, id)),
        missed: await db.$count(missedContacts, eq(missedContacts.conversationId, id)),
      };
    }),
  );

export const kept = { hasKey: true, shredded: false, messages: 2, notes: 1 };
export const shredded = { hasKey: false, shredded: true, messages: 0, notes: 0 };
/** Figures never go: tags, referral outcomes, survey answers and missed counts stay after shredding. */
export const figures = { tags: { gender: 'female' }, referrals: 1, surveys: 1, missed: 1 };
