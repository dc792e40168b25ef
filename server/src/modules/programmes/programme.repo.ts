import { type Database, programmeHourExceptions, programmeHours, programmes } from '@helpline/db';
import type { ProgrammeHours, ProgrammeId } from '@helpline/shared';
import { asc, eq } from 'drizzle-orm';

/** Opening hours as stored: weekly periods, dated exceptions, and the programme's time zone and maximum wait. */
export const createProgrammeRepo = (db: Database) => ({
  retentionDaysOf: async (id: ProgrammeId) => {
    const [row] = await db.select({ days: programmes.retentionDays }).from(programmes).where(eq(programmes.id, id));
    return row?.days ?? null;
  },
  findHours: async (id: ProgrammeId): Promise<ProgrammeHours | null> => {
    const [programme] = await db.select().from(programmes).where(eq(programmes.id, id));
    if (!programme) return null;
    const weekly = await db
      .select({ weekday: programmeHours.weekday, opens: programmeHours.opens, closes: programmeHours.closes })
      .from(programmeHours)
      .where(eq(programmeHours.programmeId, id))
      .orderBy(asc(programmeHours.weekday), asc(programmeHours.opens));
    const exceptions = await db
      .select()
      .from(programmeHourExceptions)
      .where(eq(programmeHourExceptions.programmeId, id))
      .orderBy(asc(programmeHourExceptions.date));
    return {
      timezone: programme.timezone,
      maxWaitMinutes: programme.maxWaitMinutes,
      alarmAfterMinutes: programme.alarmAfterMinutes,
      mailboxReplyDays: programme.mailboxReplyDays,
      weekly,
      exceptions: exceptions.map((e) => ({
        date: e.date,
        ...(e.closed ? { closed: true } : {}),
        ...(e.opens ? { opens: e.opens } : {}),
        ...(e.closes ? { closes: e.closes } : {}),
        ...(e.note ? { note: e.note } : {}),
      })),
    };
  },

  /** Replaces all hours of a programme in one transaction. */
  replaceHours: (id: ProgrammeId, hours: ProgrammeHours) =>
    db.transaction(async (tx) => {
      await tx
        .update(programmes)
        .set({
          timezone: hours.timezone,
          maxWaitMinutes: hours.maxWaitMinutes,
          // Left out by a client that predates the alarm: the stored threshold stays.
          ...(hours.alarmAfterMinutes === undefined ? {} : { alarmAfterMinutes: hours.alarmAfterMinutes }),
          ...(hours.mailboxReplyDays === undefined ? {} : { mailboxReplyDays: hours.mailboxReplyDays }),
        })
        .where(eq(programmes.id, id));
      await tx.delete(programmeHours).where(eq(programmeHours.programmeId, id));
      await tx.delete(programmeHourExceptions).where(eq(programmeHourExceptions.programmeId, id));
      if (hours.weekly.length > 0)
        await tx.insert(programmeHours).values(hours.weekly.map((w) => ({ programmeId: id, ...w })));
      if (hours.exceptions.length > 0) {
        await tx
          .insert(programmeHourExceptions)
          .values(hours.exceptions.map((e) => ({ programmeId: id, ...e, closed: e.closed ?? false })));
      }
    }),
});

export type ProgrammeRepo = ReturnType<typeof createProgrammeRepo>;
