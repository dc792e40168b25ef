import {
  contacts,
  conversations,
  type Database,
  missedContacts,
  referrals,
  type StoredTags,
  surveyAnswers,
  visitors,
} from '@helpline/db';
import { DEFAULT_CLINIC, dimensionsOf, type MissedKind, type ProgrammeId, urgencyOf, valuesOf } from '@helpline/shared';

/** A year of made-up helpline work, kept as plain arrays so tests can count it without the database. */
export type Dataset = {
  visitors: { id: string; linkedVisitorId: string | null }[];
  chats: {
    id: string;
    programme: ProgrammeId;
    visitorId: string;
    status: 'queued' | 'active' | 'ended' | 'abandoned' | 'timed-out';
    queuedAt: Date;
    startedAt: Date | null;
    endedAt: Date | null;
    waitedSeconds: number | null;
    returning: boolean;
    urgency: string | null;
    tags: StoredTags;
  }[];
  missed: { id: string; programme: ProgrammeId; kind: MissedKind; at: Date; waitedSeconds: number | null }[];
  logged: { id: string; programme: ProgrammeId; channel: 'phone' | 'email'; at: Date; tags: StoredTags }[];
  referrals: {
    programme: ProgrammeId;
    conversationId: string;
    kind: 'call-appointment' | 'other-clinic-details';
    status: 'planned' | 'called' | 'no-show' | 'cancelled';
    intendsTreatment: 'yes' | 'no' | 'unknown' | null;
    createdAt: Date;
  }[];
  surveys: {
    conversationId: string;
    rating: number;
    feltBetter: boolean | null;
    wouldRecommend: boolean | null;
    createdAt: Date;
  }[];
};

/** mulberry32: the same data every run. */
const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
  return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
};

const uuidFrom = (random: () => number) => {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '8';
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
};

export const YEAR_START = new Date('2025-01-01T00:00:00+01:00');
export const YEAR_END = new Date('2026-01-01T00:00:00+01:00');
/** Moments exactly on the bounds of 2025-03 in Amsterdam, to catch off-by-one periods. */
export const MARCH_START = new Date('2025-03-01T00:00:00+01:00');
export const APRIL_START = new Date('2025-04-01T00:00:00+02:00');

export const generateDataset = (seed = 11): Dataset => {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const chance = (p: number) => random() < p;
  const span = YEAR_END.getTime() - YEAR_START.getTime();
  const moment = () => new Date(YEAR_START.getTime() + Math.floor(random() * span));
  const programmes: ProgrammeId[] = ['helpwanted', 'stopitnow'];
  const tagsFor = (programme: ProgrammeId): StoredTags => {
    const tags: StoredTags = {};
    for (const dimension of dimensionsOf(programme).filter((d) => !d.setBySystem)) {
      if (chance(0.25)) continue;
      const values = Object.keys(valuesOf(dimension));
      tags[dimension.id] = dimension.many
        ? [...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(values)))]
        : pick(values);
    }
    return tags;
  };

  const data: Dataset = { visitors: [], chats: [], missed: [], logged: [], referrals: [], surveys: [] };
  for (let i = 0; i < 900; i += 1) {
    const earlier = data.visitors.length > 0 && chance(0.1) ? pick(data.visitors) : null;
    data.visitors.push({
      id: uuidFrom(random),
      linkedVisitorId: earlier ? (earlier.linkedVisitorId ?? earlier.id) : null,
    });
  }
  // Fixed boundary cases: on the first instant of March (in), on the first instant of April (out of March).
  const fixedTimes = [MARCH_START, APRIL_START, new Date(MARCH_START.getTime() - 1)];
  // A visitor has at most one open chat: the few still active each belong to a visitor of their own.
  const visitorsOfActiveChats: Dataset['visitors'] = [];
  for (let i = 0; i < 2600; i += 1) {
    const programme = pick(programmes);
    const roll = random();
    const status = roll < 0.72 ? 'ended' : roll < 0.86 ? 'abandoned' : roll < 0.98 ? 'timed-out' : 'active';
    const visitor = status === 'active' ? { id: uuidFrom(random), linkedVisitorId: null } : pick(data.visitors);
    if (status === 'active') visitorsOfActiveChats.push(visitor);
    const queuedAt = fixedTimes[i] ?? moment();
    const wait = Math.floor(random() * (chance(0.6) ? 120 : 1500));
    const answered = status === 'ended' || status === 'active';
    const after = new Date(queuedAt.getTime() + wait * 1000);
    const chat: Dataset['chats'][number] = {
      id: uuidFrom(random),
      programme,
      visitorId: visitor.id,
      status,
      queuedAt,
      startedAt: answered ? after : null,
      endedAt: status === 'active' ? null : answered ? new Date(after.getTime() + 1_800_000) : after,
      waitedSeconds: wait,
      returning: visitor.linkedVisitorId !== null && chance(0.7),
      urgency: chance(0.6) ? null : pick(urgencyOf(programme)),
      tags: answered ? tagsFor(programme) : {},
    };
    data.chats.push(chat);
    if (status === 'abandoned' || status === 'timed-out')
      data.missed.push({ id: uuidFrom(random), programme, kind: status, at: after, waitedSeconds: wait });
    if (status === 'ended' && chance(0.4))
      data.surveys.push({
        conversationId: chat.id,
        rating: 1 + Math.floor(random() * 5),
        feltBetter: chance(0.2) ? null : chance(0.6),
        wouldRecommend: chance(0.3) ? null : chance(0.7),
        createdAt: new Date((chat.endedAt ?? after).getTime() + 60_000),
      });
    if (programme === 'stopitnow' && answered && chance(0.12))
      data.referrals.push({
        programme,
        conversationId: chat.id,
        kind: chance(0.8) ? 'call-appointment' : 'other-clinic-details',
        status: pick(['planned', 'called', 'called', 'no-show', 'cancelled'] as const),
        intendsTreatment: pick(['yes', 'no', 'unknown', null] as const),
        createdAt: new Date(after.getTime() + 600_000),
      });
  }
  data.visitors.push(...visitorsOfActiveChats);
  for (let i = 0; i < 700; i += 1)
    data.missed.push({
      id: uuidFrom(random),
      programme: pick(programmes),
      kind: 'outside-hours',
      at: i === 0 ? MARCH_START : moment(),
      waitedSeconds: null,
    });
  for (let i = 0; i < 650; i += 1) {
    const programme = pick(programmes);
    data.logged.push({
      id: uuidFrom(random),
      programme,
      channel: chance(0.7) ? 'phone' : 'email',
      at: moment(),
      tags: tagsFor(programme),
    });
  }
  return data;
};

const inBatches = async <T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) => {
  for (let i = 0; i < rows.length; i += 400) await insert(rows.slice(i, i + 400));
};

/** Writes the data set straight into the tables, as the services would have left it. */
export const insertDataset = async (db: Database, data: Dataset) => {
  await inBatches(data.visitors, (b) =>
    db
      .insert(visitors)
      .values(b.map((v) => ({ id: v.id, tokenHash: `t-${v.id}`, linkedVisitorId: v.linkedVisitorId }))),
  );
  await inBatches(data.chats, (b) =>
    db.insert(conversations).values(
      b.map((c) => ({
        id: c.id,
        programmeId: c.programme,
        visitorId: c.visitorId,
        status: c.status,
        queuedAt: c.queuedAt,
        queuePriority: c.queuedAt,
        startedAt: c.startedAt,
        endedAt: c.endedAt,
        endedBy: c.endedAt ? ('visitor' as const) : null,
        waitedSeconds: c.waitedSeconds,
        returning: c.returning,
        urgency: c.urgency,
        tags: c.tags,
      })),
    ),
  );
  await inBatches(data.missed, (b) =>
    db.insert(missedContacts).values(
      b.map((m) => ({
        id: m.id,
        programmeId: m.programme,
        kind: m.kind,
        occurredAt: m.at,
        waitedSeconds: m.waitedSeconds,
      })),
    ),
  );
  await inBatches(data.logged, (b) =>
    db
      .insert(contacts)
      .values(
        b.map((k) => ({ id: k.id, programmeId: k.programme, channel: k.channel, occurredAt: k.at, tags: k.tags })),
      ),
  );
  await inBatches(data.referrals, (b) =>
    db.insert(referrals).values(
      b.map((r) => ({
        conversationId: r.conversationId,
        programmeId: r.programme,
        clinicId: DEFAULT_CLINIC,
        kind: r.kind,
        appointmentAt: r.kind === 'call-appointment' ? new Date(r.createdAt.getTime() + 86_400_000) : null,
        status: r.status,
        intendsTreatment: r.intendsTreatment,
        createdAt: r.createdAt,
      })),
    ),
  );
  await inBatches(data.surveys, (b) => db.insert(surveyAnswers).values(b));
};
