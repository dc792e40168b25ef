import { dimensionsOf, type ProgrammeId, valuesOf } from '@helpline/shared';
import { type APIRequestContext, expect } from '@playwright/test';

/** A small deterministic generator, so every run draws the same figures. */
const generator = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

type Random = ReturnType<typeof generator>;
const pick = <T>(random: Random, list: T[]): T => list[Math.floor(random() * list.length)] as T;

/** Complete tags of a programme, drawn from its taxonomy; a dependent dimension only where it applies. */
const tagsFor = (programme: ProgrammeId, random: Random) => {
  const tags: Record<string, string | string[]> = {};
  for (const d of dimensionsOf(programme)) {
    if (d.setBySystem) continue;
    if (d.when) {
      const other = tags[d.when.dimension];
      if (!(Array.isArray(other) ? other.includes(d.when.value) : other === d.when.value)) continue;
    }
    const values = Object.keys(valuesOf(d));
    tags[d.id] = d.many ? [...new Set([pick(random, values), pick(random, values)])] : pick(random, values);
  }
  return tags;
};

/**
 * Phone and e-mail contacts logged by a counsellor over this year and the last (up to 45 days ago), with Stop it Now
 * call appointments that were called or not: what the yearly-figures pages chart.
 */
export const seedFigures = async (counsellor: APIRequestContext, count = 90) => {
  const random = generator(11);
  const now = Date.now();
  const yearStart = Date.UTC(new Date().getUTCFullYear() - 1, 0, 1);
  // Older than the workspace's recent follow-ups (30 days), so its referral lists stay the workspace tests' own.
  const lastDay = now - 45 * 86_400_000;
  for (let i = 0; i < count; i++) {
    const programme: ProgrammeId = random() < 0.6 ? 'helpwanted' : 'stopitnow';
    const occurredAt = new Date(yearStart + random() * (lastDay - yearStart)).toISOString();
    const res = await counsellor.post('/api/contacts', {
      data: {
        programme,
        channel: random() < 0.7 ? 'phone' : 'email',
        occurredAt,
        durationMinutes: Math.round(5 + random() * 40),
        tags: tagsFor(programme, random),
      },
    });
    expect(res.ok(), await res.text()).toBe(true);
    if (programme !== 'stopitnow' || random() < 0.5) continue;
    const contact = (await res.json()) as { id: string };
    const referral = await counsellor.post('/api/referrals', {
      data: { contactId: contact.id, clinic: 'de-waag', appointmentAt: occurredAt },
    });
    expect(referral.ok(), await referral.text()).toBe(true);
    const { id } = (await referral.json()) as { id: string };
    const called = random() < 0.8;
    const patch = called
      ? { status: 'called', intendsTreatment: pick(random, ['yes', 'no', 'unknown']) }
      : { status: pick(random, ['no-show', 'cancelled']) };
    expect((await counsellor.patch(`/api/referrals/${id}`, { data: patch })).ok()).toBe(true);
  }
};
