import { DEFAULT_CLINIC, defaultHours, programmeIds, programmes as programmeInfo } from '@helpline/shared';
import { eq } from 'drizzle-orm';
import type { DbHandle } from './create-db';
import { cannedResponses, clinics, programmeHours, programmes } from './schema';
import { seededCannedResponses } from './seed-canned';

/**
 * Idempotent: both programmes and the default clinic always exist; default hours only for a programme without any,
 * so hours a supervisor edited survive restarts; a few canned responses per programme, each inserted once.
 */
export const seed = async ({ db }: DbHandle) => {
  await db.transaction(async (tx) => {
    for (const id of programmeIds) {
      const info = programmeInfo[id];
      const hours = defaultHours(id);
      await tx
        .insert(programmes)
        .values({
          id,
          name: info.name,
          timezone: hours.timezone,
          maxWaitMinutes: hours.maxWaitMinutes,
          selfHelpUrl: info.selfHelpUrl,
        })
        .onConflictDoNothing();
      const existing = await tx
        .select({ id: programmeHours.id })
        .from(programmeHours)
        .where(eq(programmeHours.programmeId, id))
        .limit(1);
      if (existing.length === 0) {
        await tx.insert(programmeHours).values(hours.weekly.map((w) => ({ programmeId: id, ...w })));
      }
    }
    const [defaultClinic] = await tx.select({ id: clinics.id }).from(clinics).where(eq(clinics.isDefault, true));
    await tx
      .insert(clinics)
      .values({ id: DEFAULT_CLINIC, name: 'De Waag', isDefault: !defaultClinic })
      .onConflictDoNothing();
    await tx.insert(cannedResponses).values(seededCannedResponses).onConflictDoNothing();
  });
};
