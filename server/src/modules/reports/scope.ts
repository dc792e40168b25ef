import { EARLIEST_INSTANT, type MissedKind, type ProgrammeId } from '@helpline/shared';
import { type SQL, sql } from 'drizzle-orm';

/** What a report covers: one programme or all (null), from inclusive, to exclusive. */
export type Scope = { programme: ProgrammeId | null; from: Date; to: Date };

/** Reports count hours and weekdays in the programmes' own zone (both are in the Netherlands). */
export const REPORT_ZONE = 'Europe/Amsterdam';

/** `column` in the period and, when the scope names one, `programmeColumn` equal to its programme. */
export const inScope = (scope: Scope, column: SQL, programmeColumn: SQL): SQL =>
  sql`${column} >= ${scope.from.toISOString()}::timestamptz and ${column} < ${scope.to.toISOString()}::timestamptz${
    scope.programme ? sql` and ${programmeColumn} = ${scope.programme}` : sql``
  }`;

/** The same-length period just before, for the comparison beside a report (never before the earliest moment). */
export const previousOf = (scope: Scope): Scope => {
  const length = scope.to.getTime() - scope.from.getTime();
  const from = Math.max(scope.from.getTime() - length, EARLIEST_INSTANT.getTime());
  return { programme: scope.programme, from: new Date(from), to: scope.from };
};

/** A share of a whole, or null when there is nothing to share. */
export const rateOf = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** Missed contacts by kind, from rows that each carry a kind and a count. */
export const byKindOf = (rows: { kind: MissedKind; n: number }[]) => {
  const byKind: Record<MissedKind, number> = { 'outside-hours': 0, abandoned: 0, 'timed-out': 0 };
  for (const row of rows) byKind[row.kind] += row.n;
  return byKind;
};
