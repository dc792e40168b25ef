import { contacts, conversations, type Database, type StoredTags } from '@helpline/db';
import { dimensionsOf, ExportBaseColumns, programmeIds } from '@helpline/shared';
import { stringify } from 'csv-stringify/sync';
import { and, asc, eq, gte, lt } from 'drizzle-orm';
import type { Scope } from './scope';

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

const tagCell = (tags: StoredTags, dimension: string): Cell => {
  const value = tags[dimension];
  return Array.isArray(value) ? value.join(';') : (value ?? null);
};

/** One CSV row per contact (every chat request that reached the queue, every logged contact); never message text. */
export const createExportService = ({ db }: { db: Database }) => ({
  csv: async (scope: Scope) => {
    const [chats, logged] = await Promise.all([
      db
        .select()
        .from(conversations)
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
      ...chats.map((c) => ({
        at: c.queuedAt.getTime(),
        cells: [
          c.id,
          c.programmeId,
          'chat',
          c.status,
          c.queuedAt.toISOString(),
          c.startedAt?.toISOString() ?? null,
          c.endedAt?.toISOString() ?? null,
          c.waitedSeconds,
          c.startedAt && c.endedAt ? Math.round((c.endedAt.getTime() - c.startedAt.getTime()) / 60_000) : null,
          c.returning,
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
          k.occurredAt.toISOString(),
          null,
          null,
          null,
          k.durationMinutes,
          null,
          ...dimensions.map((d) => tagCell(k.tags, d)),
        ],
      })),
    ];
    rows.sort((a, b) => a.at - b.at);
    return stringify([[...ExportBaseColumns, ...dimensions], ...rows.map((r) => r.cells)], {
      cast: { boolean: (value) => (value ? 'true' : 'false') },
      record_delimiter: '\r\n',
    });
  },
});

export type ExportService = ReturnType<typeof createExportService>;
