#!/usr/bin/env node
// `npm start`: check the settings, build the web app if it is not built yet, then run the server
// (which applies migrations and serves pages, API and Socket.IO on one port).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
process.env.NEXT_TELEMETRY_DISABLED ??= '1';
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env }).status ?? 1;

const envStatus = run(tsx, ['server/src/env-check.ts']);
if (envStatus !== 0) process.exit(envStatus);

const servesWeb = !['false', '0', 'no'].includes(process.env.HELPLINE_SERVE_WEB ?? '');
if (servesWeb && !existsSync(path.join(root, 'web', '.next', 'BUILD_ID'))) {
  console.log('Building the web app once (this takes a minute)...');
  const status = run('npm', ['run', '--silent', 'build', '-w', '@helpline/web']);
  if (status !== 0) process.exit(status);
}

const server = spawn(tsx, ['server/src/index.ts'], { cwd: root, stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
