import { contacts, conversations, type Database, mailboxThreads, rowsOf, type StoredTags } from '@helpline/db';
import { dimensionsOf, ExportBaseColumns, programmeIds, ReferralExportColumns } from '@helpline/shared';
import { stringify } from 'csv-stringify/sync';
import { and, asc, eq, gte, lt, sql } from 'drizzle-orm';
import { localIsoOf } from './local-time';
import { inScope, type Scope } from './scope';

type Cell = string | number | boolean | null;

/** Tag dimensions as columns, in taxonomy order; the channel has a column of its own. */
const tagColumns = (scope: Scope) => [
  ...new Set(
    (scope.programme ? [scope.programme] : programmeIds)
      .flatMap(dimensionsOf)
      .map((d) => d.id)
      .filter((id) => id !== 'channel'),
  ),
];

const local = (at: Date | null) => (at ? localIsoOf(at) : null);

const toCsv = (rows: Cell[][]) =>
  stringify(rows, { cast: { boolean: (value) => (value ? 'true' : 'false') }, record_delimiter: '\r\n' });

const tagCell = (tags: StoredTags, dimension: string): Cell => {
  const value = tags[dimension];
  return Array.isArray(value) ? value.join(';') : (value ?? null);
};

/** One CSV row per contact (every chat request that reached the queue, every logged contact); never message text. */
export const createExportService = ({ db }: { db: Database }) => ({
  csv: async (scope: Scope) => {
    const [chats, logged] = await Promise.all([
      db
        .select({ c: conversations, mailboxState: mailboxThreads.state })
        .from(conversations)
        .leftJoin(mailboxThreads, eq(mailboxThreads.conversationId, conversations.id))
        .where(
          and(
            gte(conversations.queuedAt, scope.from),
            lt(conversations.queuedAt, scope.to),
            scope.programme ? eq(conversations.programmeId, scope.programme) : undefined,
          ),
        )
        .orderBy(asc(conversations.queuedAt), asc(conversations.queueSeq)),
      db
        .select()
        .from(contacts)
        .where(
          and(
            gte(contacts.occurredAt, scope.from),
            lt(contacts.occurredAt, scope.to),
            scope.programme ? eq(contacts.programmeId, scope.programme) : undefined,
          ),
        )
        .orderBy(asc(contacts.occurredAt), asc(contacts.id)),
    ]);
    const dimensions = tagColumns(scope);
    const rows: { at: number; cells: Cell[] }[] = [
      ...chats.map(({ c, mailboxState }) => ({
        at: c.queuedAt.getTime(),
        cells: [
          c.id,
          c.programmeId,
          c.channel,
          // A mailbox thread's own state (its conversation counts as ended at its last message).
          mailboxState ?? c.status,
          local(c.queuedAt),
          local(c.startedAt),
          local(c.endedAt),
          c.waitedSeconds,
          c.startedAt && c.endedAt ? Math.round((c.endedAt.getTime() - c.startedAt.getTime()) / 60_000) : null,
          c.returning,
          c.urgency,
          ...dimensions.map((d) => tagCell(c.tags, d)),
        ],
      })),
      ...logged.map((k) => ({
        at: k.occurredAt.getTime(),
        cells: [
          k.id,
          k.programmeId,
          k.channel,
          'logged',
          local(k.occurredAt),
          null,
          null,
          null,
          k.durationMinutes,
          null,
          null,
          ...dimensions.map((d) => tagCell(k.tags, d)),
        ],
      })),
    ];
    rows.sort((a, b) => a.at - b.at);
    return toCsv([[...ExportBaseColumns, ...dimensions], ...rows.map((r) => r.cells)]);
  },

  /**
   * Referrals made and survey answers given in the period (the same rows the summary's funnel and survey count), each
   * linked to its contact's row in the contacts export; times local with offset; never message text.
   */
  referralsCsv: async (scope: Scope) => {
    type Row = {
      record: 'referral' | 'survey';
      id: string;
      programme: string;
      contact_id: string | null;
      contact_channel: string | null;
      at: Date | string;
      kind: string | null;
      clinic: string | null;
      clinic_name: string | null;
      appointment_at: Date | string | null;
      status: string | null;
      intends_treatment: string | null;
      rating: number | null;
      felt_better: boolean | null;
      would_recommend: boolean | null;
    };
    const rows = rowsOf<Row>(
      await db.execute(sql`
        select 'referral' as record, r.id, r.programme_id as programme,
          coalesce(r.conversation_id, r.contact_id) as contact_id,
          case when r.conversation_id is not null then 'chat' else k.channel end as contact_channel,
          r.created_at as at, r.kind, r.clinic_id as clinic, cl.name as clinic_name, r.appointment_at,
          r.status, r.intends_treatment, null::int as rating, null::boolean as felt_better,
          null::boolean as would_recommend
        from referrals r
          left join clinics cl on cl.id = r.clinic_id
          left join contacts k on k.id = r.contact_id
        where ${inScope(scope, sql`r.created_at`, sql`r.programme_id`)}
        union all
        select 'survey', s.id, c.programme_id, c.id, 'chat', s.created_at, null, null, null, null, null, null,
          s.rating, s.felt_better, s.would_recommend
        from survey_answers s join conversations c on c.id = s.conversation_id
        where ${inScope(scope, sql`s.created_at`, sql`c.programme_id`)}
        order by at, id`),
    );
    const time = (value: Date | string | null) => (value === null ? null : local(new Date(value)));
    return toCsv([
      [...ReferralExportColumns],
      ...rows.map((r) => [
        r.record,
        r.id,
        r.programme,
        r.contact_id,
        r.contact_channel,
        time(r.at),
        r.kind,
        r.clinic,
        r.clinic_name,
        time(r.appointment_at),
        r.status,
        r.intends_treatment,
        r.rating === null ? null : Number(r.rating),
        r.felt_better,
        r.would_recommend,
      ]),
    ]);
  },
});

export type ExportService = ReturnType<typeof createExportService>;
