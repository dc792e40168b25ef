import { conversations } from '@helpline/db';
import { isUrgent, programmeIds, type StoredIntake, urgencyOf } from '@helpline/shared';
import { type SQL, sql } from 'drizzle-orm';

/** Where a chat without an urgent answer stands: after every urgent value of any programme. */
const NOT_URGENT_RANK = 1000;

/**
 * The queue's first key: a chat's urgency as its place in the programme's TAXONOMY order (most urgent 0); `none` and
 * no answer rank alike, after all. Built from the taxonomy, so a new value changes the order without a migration.
 */
export const urgencyRank: SQL = sql`(case ${sql.join(
  programmeIds.flatMap((programme) =>
    urgencyOf(programme)
      .filter(isUrgent)
      .map(
        (value, rank) =>
          sql`when ${conversations.programmeId} = ${programme} and ${conversations.urgency} = ${value} then ${sql.raw(String(rank))}`,
      ),
  ),
  sql` `,
)} else ${sql.raw(String(NOT_URGENT_RANK))} end)`;

/** The intake as stored: its urgency goes to its own column (which orders the queue), the rest to `intake`. */
export const storedIntakeOf = ({ urgency, ...intake }: StoredIntake) => ({ intake, urgency: urgency ?? null });
