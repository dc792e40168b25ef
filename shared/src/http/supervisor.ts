import { z } from 'zod';
import { ProgrammeId } from '../domain/programme';
import { Id } from './common';

export const CounsellorStatus = z.enum(['available', 'away', 'offline']);
export type CounsellorStatus = z.infer<typeof CounsellorStatus>;

export const SupervisorOverview = z.object({
  programmes: z.array(
    z.object({
      id: ProgrammeId,
      open: z.boolean(),
      waiting: z.number().int(),
      longestWaitSeconds: z.number().int(),
      activeChats: z.number().int(),
      countersToday: z.record(z.string(), z.number().int()),
      /** Added: counsellors of the programme who are online and set to available now. */
      counsellorsAvailable: z.number().int().optional(),
      /** Added: the programme's alarm threshold for a wait, in minutes. */
      alarmAfterMinutes: z.number().int().optional(),
      /** Added: when a closed programme opens next, and when an open one closes (ISO or null). */
      opensAt: z.string().nullable().optional(),
      closesAt: z.string().nullable().optional(),
      /** Added (mailbox): threads waiting for an answer, the oldest one's wait, and those past the reply promise. */
      mailboxUnanswered: z.number().int().min(0).optional(),
      mailboxOldestSeconds: z.number().int().min(0).optional(),
      mailboxOverdue: z.number().int().min(0).optional(),
      /** Added (urgency): waiting chats whose urgency is not `none`. */
      urgentWaiting: z.number().int().min(0).optional(),
    }),
  ),
  counsellors: z.array(
    z.object({
      id: Id,
      alias: z.string(),
      status: CounsellorStatus,
      activeChats: z.number().int(),
      capacity: z.number().int(),
      /** Added: supervisors are listed too, but take no chats by capacity. */
      role: z.enum(['counsellor', 'supervisor']).optional(),
    }),
  ),
});
export type SupervisorOverview = z.infer<typeof SupervisorOverview>;

const count = z.number().int().min(0);
const rate = z.number().min(0).max(1).nullable();

export const ReportSummary = z.object({
  programme: ProgrammeId.nullable(),
  from: z.string(),
  to: z.string(),
  /** `mailbox`: threads received in the period (each is a contact, answered or not yet). */
  contacts: z.object({
    total: count,
    byChannel: z.object({ chat: count, phone: count, email: count, mailbox: count }),
  }),
  /**
   * Mailbox threads received in the period: answered (at least once), hours to the first answer, and overdue: answered
   * later than promised, or still waiting past the promise now.
   */
  mailbox: z.object({
    received: count,
    answered: count,
    medianReplyHours: z.number().nullable(),
    p90ReplyHours: z.number().nullable(),
    overdue: count,
  }),
  chats: z.object({
    requested: count,
    answered: count,
    missed: z.object({ 'outside-hours': count, abandoned: count, 'timed-out': count }),
    /** Added: chats requested in the period per urgent value (TAXONOMY.md `urgency`, `none` left out). */
    urgent: z.record(z.string(), count).optional(),
  }),
  uniqueVisitors: count,
  repeatContactRate: rate,
  waits: z.object({
    medianSeconds: z.number().nullable(),
    p90Seconds: z.number().nullable(),
    /** Added: the waits of answered urgent chats alone, and of the others. */
    urgent: z.object({ medianSeconds: z.number().nullable(), p90Seconds: z.number().nullable() }).optional(),
    other: z.object({ medianSeconds: z.number().nullable(), p90Seconds: z.number().nullable() }).optional(),
  }),
  tags: z.record(z.string(), z.record(z.string(), count)),
  referrals: z.object({
    planned: count,
    called: count,
    noShow: count,
    cancelled: count,
    intendsTreatment: count,
    otherClinicDetails: count,
  }),
  survey: z.object({ responses: count, satisfiedRate: rate, feltBetterRate: rate, wouldRecommendRate: rate }),
  /**
   * Added: care for the counsellors, totals only (stored without who): break suggestions the server made (by reason)
   * and debriefs asked for, in the period.
   */
  care: z
    .object({
      breakReminders: count,
      breakRemindersByReason: z.object({ stretch: count, heavy: count }),
      debriefsRequested: count,
    })
    .optional(),
});
export type ReportSummary = z.infer<typeof ReportSummary>;
