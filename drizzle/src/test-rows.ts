import { randomUUID } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import type { DbHandle } from './create-db';

type Column = { table: string; name: string; type: string; nullable: boolean; hasDefault: boolean };
type ForeignKey = { table: string; column: string; refTable: string; refColumn: string };

const columnsOf = (db: DbHandle) =>
  db.query<{ table: string; name: string; type: string; nullable: boolean; has_default: boolean }>(sql`
    select table_name as table, column_name as name, udt_name as type, is_nullable = 'YES' as nullable,
      (column_default is not null or is_identity = 'YES') as has_default
    from information_schema.columns where table_schema = 'public' order by table_name, ordinal_position`);

const foreignKeysOf = (db: DbHandle) =>
  db.query<ForeignKey>(sql`
    select src.relname as table, a.attname as column, dst.relname as "refTable", b.attname as "refColumn"
    from pg_constraint c
    join pg_class src on src.oid = c.conrelid join pg_namespace n on n.oid = src.relnamespace
    join pg_class dst on dst.oid = c.confrelid
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
    join pg_attribute b on b.attrelid = c.confrelid and b.attnum = c.confkey[1]
    where c.contype = 'f' and n.nspname = 'public'`);

/** A value of the column's type that no unique constraint has seen (`mark` differs per call). */
const sampleOf = (column: Column, mark: string): SQL => {
  switch (column.type) {
    case 'uuid':
      return sql`${randomUUID()}::uuid`;
    case 'text':
    case 'varchar':
      return sql`${`${mark}-${column.name}`}`;
    case 'int2':
    case 'int4':
    case 'int8':
    case 'numeric':
    case 'float4':
    case 'float8':
      // 1 is within every range the schema checks (a positive seq, a rating of 1-5).
      return sql`1`;
    case 'bool':
      return sql`false`;
    case 'timestamptz':
    case 'timestamp':
      return sql`now()`;
    case 'date':
      return sql`current_date`;
    case 'time':
      return sql`'09:00'::time`;
    case 'bytea':
      return sql`'\\x00'::bytea`;
    case 'json':
    case 'jsonb':
      return sql`'{}'::jsonb`;
    case '_text':
      return sql`'{}'::text[]`;
    default:
      throw new Error(`test-rows: no value for ${column.table}.${column.name} of type ${column.type}: add one`);
  }
};

/** Tables in an order where each comes after the tables it references. */
const inReferenceOrder = (tables: string[], keys: ForeignKey[]) => {
  const ordered: string[] = [];
  const visit = (table: string, path: string[]) => {
    if (ordered.includes(table) || path.includes(table)) return;
    for (const key of keys.filter((k) => k.table === table && k.refTable !== table))
      visit(key.refTable, [...path, table]);
    ordered.push(table);
  };
  for (const table of tables) visit(table, []);
  return ordered;
};

/**
 * One row in every table of the schema as it is now, every column without a default filled (a reference points at the
 * row just written to the table it references): the data a migration must carry. Returns the tables written, sorted.
 */
export const writeRowEverywhere = async (db: DbHandle, mark: string) => {
  const columns = (await columnsOf(db)).map(
    (c): Column => ({ table: c.table, name: c.name, type: c.type, nullable: c.nullable, hasDefault: c.has_default }),
  );
  const keys = await foreignKeysOf(db);
  const tables = [...new Set(columns.map((c) => c.table))];
  const written = new Map<string, Record<string, unknown>>();
  for (const table of inReferenceOrder(tables, keys)) {
    const filled = columns.filter((c) => c.table === table && !c.hasDefault);
    const values = filled.map((column) => {
      const key = keys.find((k) => k.table === table && k.column === column.name);
      if (!key) return sampleOf(column, mark);
      const parent = written.get(key.refTable);
      if (key.refTable === table || !parent) return sql`null`;
      return sql`${parent[key.refColumn]}::${sql.raw(column.type)}`;
    });
    const names = sql.join(
      filled.map((c) => sql.identifier(c.name)),
      sql`, `,
    );
    const [row] = await db.query<Record<string, unknown>>(
      sql`insert into ${sql.identifier(table)} (${names}) values (${sql.join(values, sql`, `)}) returning *`,
    );
    if (row) written.set(table, row);
  }
  return [...written.keys()].sort();
};

/** Every row of every table of the schema. */
export const tableRows = async (db: DbHandle) => {
  const tables = [...new Set((await columnsOf(db)).map((c) => c.table))].sort();
  const rows: Record<string, Record<string, unknown>[]> = {};
  for (const table of tables) {
    rows[table] = await db.query(sql`select * from ${sql.identifier(table)}`);
  }
  return rows;
};
