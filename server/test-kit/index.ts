// @helpline/server/testing: what the server's tests, the fault suite, the browser tests and the bench share to run
// the server, its staff CLI and a throwaway PostgreSQL as real processes.
export { baseEnv, type Child, runNode, runSource } from './child-process';
export { startThrowawayPostgres } from './postgres';
export { freePort, type ServerEntry, type ServerProcess, startServer } from './server-process';
export { runStaffCli } from './staff-cli';
export { delay, until } from './until';
