#!/usr/bin/env node
// npm start: builds what is out of date (the web app, the server bundle), then runs the server.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

function newest(dir) {
  let t = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) t = Math.max(t, newest(p));
    else t = Math.max(t, fs.statSync(p).mtimeMs);
  }
  return t;
}
const mtime = (f) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : 0);
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

const sources = Math.max(newest('web'), newest('common'), mtime('vite.config.ts'));
if (mtime('dist/web/index.html') < sources) {
  console.log('building the web app…');
  run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn']);
}
if (mtime('dist/server/main.js') < Math.max(newest('server'), newest('common'), newest('cli'))) {
  run(process.execPath, ['scripts/build-server.mjs']);
}
// A larger young generation: imports of millions of rows make short-lived strings by the million,
// and the default spends a fifth of an import in the garbage collector.
const child = spawn(process.execPath, ['--enable-source-maps', '--max-semi-space-size=64', 'dist/server/main.js'], { stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
