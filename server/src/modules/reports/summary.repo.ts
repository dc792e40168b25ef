import { type Database, rowsOf } from '@helpline/db';
import { sql } from 'drizzle-orm';
import { inScope, type Scope } from './scope';

/** The parts of the yearly figures that are not about the chat queue: logged contacts, tags, referrals, surveys. */
export const createSummaryRepo = (db: Database) => {
  const query = async <T>(q: ReturnType<typeof sql>) => rowsOf<T>(await db.execute(q));
  const contactsIn = (scope: Scope) => inScope(scope, sql`k.occurred_at`, sql`k.programme_id`);
  return {
    loggedByChannel: async (scope: Scope) => {
      const rows = await query<{ channel: 'phone' | 'email'; n: number }>(sql`
        select k.channel, count(*)::int as n from contacts k where ${contactsIn(scope)} group by 1`);
      return Object.fromEntries(rows.map((r) => [r.channel, Number(r.n)])) as Partial<
        Record<'phone' | 'email', number>
      >;
    },

    /** Every value of every dimension over answered chats and logged contacts; a list counts each of its values. */
    tagCounts: async (scope: Scope) =>
      (
        await query<{ dimension: string; value: string; n: number }>(sql`
          select d.key as dimension, v.value, count(*)::int as n
          from (
            select c.tags from conversations c
              where ${inScope(scope, sql`c.queued_at`, sql`c.programme_id`)} and c.started_at is not null
            union all
            select k.tags from contacts k where ${contactsIn(scope)}
          ) t
          cross join lateral jsonb_each(t.tags) d
          cross join lateral jsonb_array_elements_text(
            case when jsonb_typeof(d.value) = 'array' then d.value else jsonb_build_array(d.value) end) v
          group by 1, 2`)
      ).map((r) => ({ dimension: r.dimension, value: r.value, n: Number(r.n) })),

    /** The funnel counts every appointment made in the period by what became of it. */
    referrals: async (scope: Scope) => {
      const [row] = await query<Record<string, number>>(sql`
        select count(*) filter (where r.kind = 'call-appointment')::int as planned,
          count(*) filter (where r.kind = 'call-appointment' and r.status = 'called')::int as called,
          count(*) filter (where r.kind = 'call-appointment' and r.status = 'no-show')::int as no_show,
          count(*) filter (where r.kind = 'call-appointment' and r.status = 'cancelled')::int as cancelled,
          count(*) filter (where r.kind = 'call-appointment' and r.intends_treatment = 'yes')::int as intends,
          count(*) filter (where r.kind = 'other-clinic-details')::int as other_clinic
        from referrals r where ${inScope(scope, sql`r.created_at`, sql`r.programme_id`)}`);
      const n = (key: string) => Number(row?.[key] ?? 0);
      return {
        planned: n('planned'),
        called: n('called'),
        noShow: n('no_show'),
        cancelled: n('cancelled'),
        intendsTreatment: n('intends'),
        otherClinicDetails: n('other_clinic'),
      };
    },

    /** Survey answers given in the period, with the numbers each rate divides by. */
    survey: async (scope: Scope) => {
      const [row] = await query<Record<string, number>>(sql`
        select count(*)::int as responses, count(*) filter (where s.rating >= 4)::int as satisfied,
          count(s.felt_better)::int as felt_asked, count(*) filter (where s.felt_better)::int as felt_better,
          count(s.would_recommend)::int as rec_asked, count(*) filter (where s.would_recommend)::int as recommend
        from survey_answers s join conversations c on c.id = s.conversation_id
        where ${inScope(scope, sql`s.created_at`, sql`c.programme_id`)}`);
      const n = (key: string) => Number(row?.[key] ?? 0);
      return {
        responses: n('responses'),
        satisfied: n('satisfied'),
        feltBetterAsked: n('felt_asked'),
        feltBetter: n('felt_better'),
        recommendAsked: n('rec_asked'),
        recommend: n('recommend'),
      };
    },
  };
};

export type SummaryRepo = ReturnType<typeof createSummaryRepo>;
