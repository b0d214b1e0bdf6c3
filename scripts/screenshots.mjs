#!/usr/bin/env node
// npm run screenshots [-- --url http://host:port] [--out folder] [--phone] [--roles office,liaison] [--lang zh,en] [--pages home,tasks-dashboard]
//
// Signs in as every demo role, opens every page of that role's menu (and a few detail pages reached from it)
// in Chinese and in English, and saves a
// full-page picture of each as <role>-<lang>-<page>.png (the public portal as `public`), so the whole product
// can be looked over in a minute. Without --url it starts the built server on a fresh demo city in a
// temporary folder and stops it at the end. --phone adds a 390×844 touch pass for the roles that work on
// phones and the portal (<role>-<lang>-phone-<page>.png). Prints the folder, and the pages that failed or
// logged an error in the browser.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const DEMO_PASSWORD = 'zhichan-demo';
/** The demo accounts (README), one per role. */
const ROLES = ['admin', 'office', 'liaison', 'district', 'mediator', 'court', 'bank', 'enterprise', 'officer', 'procurator', 'customs'];
/** Roles whose users work on phones; those the demo does not have yet are skipped. */
const PHONE_ROLES = ['enterprise', 'party', 'mediator', 'bank', 'volunteer'];
const DESKTOP = { viewport: { width: 1440, height: 900 } };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

const { values: opts } = parseArgs({
  options: {
    url: { type: 'string' },
    out: { type: 'string', default: 'screenshots' },
    phone: { type: 'boolean', default: false },
    roles: { type: 'string' },
    lang: { type: 'string', default: 'zh,en' },
    pages: { type: 'string' },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
});
const langs = opts.lang.split(',').filter((l) => l === 'zh' || l === 'en');
const roles = opts.roles ? opts.roles.split(',') : [...ROLES, 'public'];
const outDir = path.resolve(opts.out);
fs.mkdirSync(outDir, { recursive: true });

/** A port nobody listens on. */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Starts the built server (building it first when missing) on a fresh demo city; answers its address and how to stop it. */
async function startServer() {
  if (!fs.existsSync('dist/server/main.js') || !fs.existsSync('dist/web/index.html')) {
    console.log('building the app…');
    const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhichan-shots-'));
  console.log(`starting a server on port ${port} with the demo city in ${dataDir} (about a minute)…`);
  const child = spawn(process.execPath, ['dist/server/main.js'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ZHICHAN_DATA_DIR: dataDir, ZHICHAN_DEMO: '1', ZHICHAN_SCHEDULER: '0', ZHICHAN_LOGIN_RATE_LIMIT: '1000', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    child.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  for (let i = 0; i < 1200; i++) {
    if (child.exitCode !== null) throw new Error(`the server stopped with code ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  stop();
  throw new Error('the server did not answer within ten minutes');
}

/** The file-name part of a path: / → home, /tasks/dashboard → tasks-dashboard, /p → portal; a record page by its given name. */
function slug(p) {
  if (typeof p === 'object') return p.name;
  if (p === '/') return 'home';
  if (p === '/p') return 'portal';
  return p.replace(/^\//, '').replace(/[^a-zA-Z0-9]+/g, '-');
}

/** Waits until the page has loaded its data: the network is quiet and no spinner turns. */
async function settle(page) {
  // A page asks for its data only after its code and the session have loaded: wait for quiet twice.
  for (let i = 0; i < 2; i++) {
    await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => {});
    await page.waitForTimeout(600);
  }
  await page.locator('.ant-spin-spinning, .ant-skeleton-active').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => {});
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
}

/** The paths of the sidebar menu, every sub-menu opened. */
async function menuPaths(page) {
  const nav = page.locator('nav .ant-menu').first();
  await nav.waitFor({ timeout: 15_000 });
  for (let round = 0; round < 30; round++) {
    const closed = nav.locator('.ant-menu-submenu:not(.ant-menu-submenu-open) > .ant-menu-submenu-title');
    if ((await closed.count()) === 0) break;
    await closed.first().click();
    await page.waitForTimeout(150);
  }
  const ids = await nav.locator('li.ant-menu-item').evaluateAll((items) => items.map((li) => li.getAttribute('data-menu-id') ?? ''));
  return [...new Set(ids.map((id) => id.slice(id.indexOf('-/') + 1)).filter((p) => p.startsWith('/')))];
}

/**
 * Record pages no menu leads to, found through the API as the role sees them: the first record of each
 * list the role may read opens its page (e.g. enforcement-cases-detail); a list the role may not read adds nothing.
 */
const RECORD_PAGES = [
  { name: 'enforcement-cases-new', path: '/enforcement/cases/new', roles: ['officer'] },
  { name: 'enforcement-cases-detail', list: '/api/v1/enforcement/cases?pageSize=1&status=investigating', path: (id) => `/enforcement/cases/${id}` },
  { name: 'enforcement-transfers-detail', list: '/api/v1/enforcement/transfers?pageSize=1&status=refusedFinal', fallback: '/api/v1/enforcement/transfers?pageSize=1', path: (id) => `/enforcement/transfers/${id}` },
  { name: 'enforcement-clues-detail', list: '/api/v1/enforcement/clues?pageSize=1', path: (id) => `/enforcement/clues/${id}` },
  { name: 'enforcement-clues-unanswered', path: '/enforcement/clues/unanswered', roles: ['office', 'admin', 'district'] },
  { name: 'enforcement-detentions-detail', list: '/api/v1/enforcement/detentions?pageSize=1', path: (id) => `/enforcement/detentions/${id}` },
  { name: 'finance-pledges-detail', list: '/api/v1/finance/pledges?pageSize=1&sort=createdAt&order=desc', path: (id) => `/finance/pledges/${id}` },
  { name: 'finance-loans-detail', list: '/api/v1/finance/loans?pageSize=1&sort=signedOn&order=desc', path: (id) => `/finance/loans/${id}` },
  { name: 'finance-claims-detail', list: '/api/v1/finance/claims?pageSize=1&sort=appliedOn&order=desc', path: (id) => `/finance/claims/${id}` },
  { name: 'finance-securitisations-detail', list: '/api/v1/finance/securitisations?pageSize=1', path: (id) => `/finance/securitisations/${id}` },
];

/** The record pages of RECORD_PAGES the signed-in role of `context` may open. */
async function recordPaths(context, role) {
  const out = [];
  for (const r of RECORD_PAGES) {
    if (r.roles) {
      if (r.roles.includes(role)) out.push({ name: r.name, path: r.path });
      continue;
    }
    for (const url of [r.list, r.fallback].filter(Boolean)) {
      const res = await context.request.get(url);
      const first = res.ok() ? (await res.json()).items?.[0] : undefined;
      if (first) {
        out.push({ name: r.name, path: r.path(first.id) });
        break;
      }
    }
  }
  return out;
}

/** A browser context in a language, signed in as a demo account (or not, for the portal). */
async function contextFor(browser, url, lang, user, device) {
  const context = await browser.newContext({ ...device, baseURL: url, locale: lang === 'zh' ? 'zh-CN' : 'en-GB', timezoneId: 'Asia/Shanghai' });
  await context.addInitScript((l) => localStorage.setItem('zhichan.locale', l), lang);
  if (user) {
    const res = await context.request.post('/api/v1/org/auth/login', { data: { username: user, password: DEMO_PASSWORD } });
    if (!res.ok()) {
      await context.close();
      return null;
    }
  }
  return context;
}

const problems = [];
let saved = 0;

const only = opts.pages ? new Set(opts.pages.split(',')) : null;
/** The paths to take pictures of: all, or those --pages names. */
const chosen = (paths) => paths.filter((x) => !only || only.has(slug(x)));

/** Visits the paths and saves a picture of each, noting pages that fail to load or log errors. */
async function shoot(context, name, paths) {
  const page = await context.newPage();
  for (const p of chosen(paths)) {
    const errors = [];
    const onError = (e) => errors.push(e.message.split('\n')[0]);
    const onConsole = (m) => m.type() === 'error' && errors.push(m.text().split('\n')[0]);
    page.on('pageerror', onError);
    page.on('console', onConsole);
    const file = path.join(outDir, `${name}-${slug(p)}.png`);
    try {
      const res = await page.goto(typeof p === 'object' ? p.path : p);
      if (res && !res.ok()) errors.push(`HTTP ${res.status()}`);
      await settle(page);
      await page.screenshot({ path: file, fullPage: true });
      saved++;
    } catch (e) {
      errors.push(String(e.message ?? e).split('\n')[0]);
    }
    page.off('pageerror', onError);
    page.off('console', onConsole);
    if (errors.length) problems.push(`${name}-${slug(p)}: ${[...new Set(errors)].join(' | ')}`);
  }
  await page.close();
}

async function main() {
  const server = opts.url ? { url: opts.url.replace(/\/$/, ''), stop: () => {} } : await startServer();
  const browser = await chromium.launch({ executablePath: opts.chromium, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  const started = Date.now();
  try {
    const portal = ['/p', '/p/news', '/p/top-ten', '/p/stats', '/p/open-data', '/p/search'];
    const menus = new Map();
    for (const role of roles) {
      for (const lang of langs) {
        const context = await contextFor(browser, server.url, lang, role === 'public' ? null : role, DESKTOP);
        if (!context) {
          console.log(`  ${role}: no such demo account, skipped`);
          break;
        }
        if (role !== 'public' && !menus.has(role)) {
          const page = await context.newPage();
          await page.goto('/');
          menus.set(role, ['/', ...(await menuPaths(page)), ...(await recordPaths(context, role))]);
          await page.close();
        }
        const paths = role === 'public' ? portal : menus.get(role);
        await shoot(context, `${role}-${lang}`, paths);
        await context.close();
        console.log(`  ${role} ${lang}: ${chosen(paths).length} pages`);
      }
    }
    if (opts.phone) {
      for (const role of [...PHONE_ROLES.filter((r) => roles.includes(r) || !opts.roles), 'public']) {
        for (const lang of langs) {
          const context = await contextFor(browser, server.url, lang, role === 'public' ? null : role, PHONE);
          if (!context) break;
          let paths = role === 'public' ? portal : menus.get(role);
          if (!paths) {
            const desk = await contextFor(browser, server.url, lang, role, DESKTOP);
            const page = await desk.newPage();
            await page.goto('/');
            paths = ['/', ...(await menuPaths(page))];
            await desk.close();
          }
          await shoot(context, `${role}-${lang}-phone`, paths);
          await context.close();
          console.log(`  ${role} ${lang} phone: ${chosen(paths).length} pages`);
        }
      }
    }
  } finally {
    await browser.close();
    server.stop();
  }
  if (problems.length) {
    console.log(`\n${problems.length} pages failed or logged errors in the browser:`);
    for (const p of problems) console.log(`  ${p}`);
  }
  console.log(`\n${saved} screenshots in ${Math.round((Date.now() - started) / 1000)} s:\n${outDir}`);
}

await main();
