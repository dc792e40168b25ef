import { type Database, rowsOf } from '@helpline/db';
import { sql } from 'drizzle-orm';
import { inScope, type Scope } from './scope';

/** Care for the counsellors, as totals only: break suggestions made (by reason) and debriefs asked in the period. */
export const createCareFiguresRepo = (db: Database) => ({
  figures: async (scope: Scope) => {
    const [row] = rowsOf<Record<'stretch' | 'heavy' | 'debriefs', number>>(
      await db.execute(sql`
        select count(*) filter (where e.kind = 'break-suggested' and e.reason = 'stretch')::int as stretch,
          count(*) filter (where e.kind = 'break-suggested' and e.reason = 'heavy')::int as heavy,
          count(*) filter (where e.kind = 'debrief-requested')::int as debriefs
        from care_events e where ${inScope(scope, sql`e.hour`, sql`e.programme_id`)}`),
    );
    const stretch = Number(row?.stretch ?? 0);
    const heavy = Number(row?.heavy ?? 0);
    return {
      breakReminders: stretch + heavy,
      breakRemindersByReason: { stretch, heavy },
      debriefsRequested: Number(row?.debriefs ?? 0),
    };
  },
});

export type CareFiguresRepo = ReturnType<typeof createCareFiguresRepo>;
