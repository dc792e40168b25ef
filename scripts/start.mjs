#!/usr/bin/env node
// `npm start`: rebuild what is stale (turbo's cache makes an unchanged build instant), check the settings, then run
// the compiled server (which applies migrations and serves pages, API and Socket.IO on one port).
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.env.NEXT_TELEMETRY_DISABLED ??= '1';
process.env.TURBO_TELEMETRY_DISABLED ??= '1';
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env }).status ?? 1;

const turbo = path.join(root, 'node_modules', '.bin', 'turbo');
const build = (pkg) => {
  const status = run(turbo, ['run', 'build', '--output-logs=errors-only', `--filter=${pkg}`]);
  if (status !== 0) process.exit(status);
};

// The server compiles in a second, so a bad setting is reported before the slower web build.
build('@helpline/server');
const envStatus = run(process.execPath, ['server/dist/env-check.js']);
if (envStatus !== 0) process.exit(envStatus);
if (!['false', '0', 'no'].includes(process.env.HELPLINE_SERVE_WEB ?? '')) {
  console.log('Building the web app if it changed (the first time takes a minute)...');
  build('@helpline/web');
}

const server = spawn(process.execPath, ['--enable-source-maps', 'server/dist/index.js'], {
  cwd: root,
  stdio: 'inherit',
  env: process.env,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
