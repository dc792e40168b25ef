export { violatedUnique } from './constraint-error';
export {
  createDb,
  type Database,
  type DbHandle,
  type Executor,
  migrate,
  migrationsFolder,
  openPglite,
  openPostgres,
  pendingMigrations,
  rowsOf,
  type Schema,
  type Transaction,
} from './create-db';
export { DataDirInUseError } from './data-dir-lock';
export * as schema from './schema';
export * from './schema';
export { seed } from './seed';
