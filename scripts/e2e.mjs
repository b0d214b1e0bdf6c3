#!/usr/bin/env node
// npm run test:e2e: builds the app, starts it on a fresh embedded database with the demo city,
// and runs the Playwright specs in Debian's chromium. Extra arguments go to Playwright.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const run = (args, env = process.env) => spawnSync(process.execPath, args, { stdio: 'inherit', env });
if (!process.env.E2E_SKIP_BUILD) {
  let r = run(['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn']);
  if (r.status !== 0) process.exit(r.status ?? 1);
  r = run(['scripts/build-server.mjs']);
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhichan-e2e-'));
const r = run(['node_modules/@playwright/test/cli.js', 'test', '-c', 'e2e/playwright.config.ts', ...process.argv.slice(2)], { ...process.env, E2E_DATA_DIR: dataDir });
fs.rmSync(dataDir, { recursive: true, force: true });
process.exit(r.status ?? 1);
