import net from 'node:net';
import path from 'node:path';
import { z } from 'zod';

const flag = z
  .enum(['0', '1', 'true', 'false', 'on', 'off', 'yes', 'no'])
  .transform((v) => ['1', 'true', 'on', 'yes'].includes(v));

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  ZHICHAN_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  ZHICHAN_DEMO: flag.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ZHICHAN_SESSION_HOURS: z.coerce.number().positive().default(12),
  ZHICHAN_LOGIN_RATE_LIMIT: z.coerce.number().int().positive().default(20),
  ZHICHAN_LOGIN_USER_LIMIT: z.coerce.number().int().positive().default(10),
  ZHICHAN_COOKIE_SECURE: flag.optional(),
  ZHICHAN_PUBLIC_URL: z
    .string()
    .url()
    .refine((u) => /^https?:\/\//i.test(u), '须以 http:// 或 https:// 开头')
    .optional(),
  ZHICHAN_TRUST_PROXY: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const list = parseTrustProxy(v);
      if (typeof list === 'string') ctx.addIssue({ code: 'custom', message: list });
      return Array.isArray(list) ? list : [];
    }),
  ZHICHAN_SCHEDULER: flag.default(true),
  ZHICHAN_DB_POOL: z.coerce.number().int().positive().default(10),
  ZHICHAN_WEB_DIR: z.string().optional(),
  ZHICHAN_TEST_CLOCK: flag.default(false),
  ZHICHAN_IMPORT_THREAD_MB: z.coerce.number().min(0).default(8),
  ZHICHAN_BACKUP_DIR: z.string().min(1).optional(),
  ZHICHAN_BACKUP_TIME: z.string().regex(/^(off|([01]\d|2[0-3]):[0-5]\d)$/, '应为 HH:MM（北京时间）或 off').default('02:30'),
  ZHICHAN_BACKUP_KEEP_DAILY: z.coerce.number().int().min(1).max(366).default(7),
  ZHICHAN_BACKUP_KEEP_WEEKLY: z.coerce.number().int().min(0).max(520).default(4),
  ZHICHAN_TIME_ZONE: z.string().refine(isTimeZone, '不是 IANA 时区名（如 Asia/Shanghai）').default('Asia/Shanghai'),
});

/** Whether the runtime knows the IANA time-zone name. */
function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  demo: boolean;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  sessionHours: number;
  loginRateLimit: number;
  /** Failed sign-ins one username may have in 15 minutes, from any number of addresses. */
  loginUserLimit: number;
  cookieSecure: boolean;
  /** The address users reach the platform at, e.g. https://ip.example.gov.cn; unset when unknown. */
  publicUrl: string | undefined;
  /** Proxies whose X-Forwarded-For is believed (addresses or CIDRs); empty: the socket's address is the client's. */
  trustProxy: string[];
  scheduler: boolean;
  dbPoolSize: number;
  webDir: string | undefined;
  /** Lets the e2e suite move the clock through /api/test/clock; never on in production. */
  testClock: boolean;
  /** Import files from this size (MB) are read and checked in a worker thread, beside the COPY into the database. */
  importThreadMb: number;
  /** Where backups are written and kept (default `<dataDir>/backups`). */
  backupDir: string;
  /** The daily backup time in Asia/Shanghai as 'HH:MM', or null when scheduled backups are off. */
  backupTime: string | null;
  /** Retention: the newest backup of each of this many most recent days, and of ISO weeks. */
  backupKeepDaily: number;
  backupKeepWeekly: number;
  /** The IANA time zone every time on screen is shown and entered in, whatever the browser's. */
  timeZone: string;
}

/** Reads the configuration from the environment; throws a readable error naming the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.ZHICHAN_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    // The demo city fills an embedded database by default; a real server starts empty unless asked.
    demo: e.ZHICHAN_DEMO ?? !e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    sessionHours: e.ZHICHAN_SESSION_HOURS,
    loginRateLimit: e.ZHICHAN_LOGIN_RATE_LIMIT,
    loginUserLimit: e.ZHICHAN_LOGIN_USER_LIMIT,
    // Served over https, the session cookie must never travel in clear; the explicit flag still wins.
    cookieSecure: e.ZHICHAN_COOKIE_SECURE ?? e.ZHICHAN_PUBLIC_URL?.toLowerCase().startsWith('https:') ?? false,
    publicUrl: e.ZHICHAN_PUBLIC_URL?.replace(/\/+$/, ''),
    trustProxy: e.ZHICHAN_TRUST_PROXY,
    scheduler: e.ZHICHAN_SCHEDULER,
    dbPoolSize: e.ZHICHAN_DB_POOL,
    webDir: e.ZHICHAN_WEB_DIR,
    testClock: e.ZHICHAN_TEST_CLOCK,
    importThreadMb: e.ZHICHAN_IMPORT_THREAD_MB,
    backupDir: path.resolve(e.ZHICHAN_BACKUP_DIR ?? path.join(e.ZHICHAN_DATA_DIR, 'backups')),
    backupTime: e.ZHICHAN_BACKUP_TIME === 'off' ? null : e.ZHICHAN_BACKUP_TIME,
    backupKeepDaily: e.ZHICHAN_BACKUP_KEEP_DAILY,
    backupKeepWeekly: e.ZHICHAN_BACKUP_KEEP_WEEKLY,
    timeZone: e.ZHICHAN_TIME_ZONE,
  };
}

// proxy-addr's names for whole ranges, accepted beside addresses and CIDRs.
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * The trusted proxies in ZHICHAN_TRUST_PROXY: empty or off trusts none. Answers the problem
 * instead when an entry is neither an address, a CIDR nor a range name; trusting every
 * sender ("true") is refused because it lets any client choose its own address.
 */
export function parseTrustProxy(value: string | undefined): string[] | string {
  const v = (value ?? '').trim();
  if (['', '0', 'off', 'false', 'no'].includes(v.toLowerCase())) return [];
  const entries = v.split(',').map((x) => x.trim()).filter(Boolean);
  for (const entry of entries) {
    if (PROXY_RANGE_NAMES.has(entry)) continue;
    const [addr, bits, extra] = entry.split('/');
    const family = net.isIP(addr);
    const maxBits = family === 6 ? 128 : 32;
    const bitsOk = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= maxBits);
    if (!family || !bitsOk || extra !== undefined) return `"${entry}" 不是 IP 地址或 CIDR（多个用逗号分隔）`;
  }
  return entries;
}
