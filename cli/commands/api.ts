import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import pino from 'pino';
import { buildApp } from '../../server/app';
import { loadConfig } from '../../server/config';
import { createDatabase } from '../../server/db/database';
import { migrateToLatest } from '../../server/db/migrate';
import { API_TYPES_FILE, renderApiTypes } from '../../server/platform/http/api-types';

async function currentApiTypes(): Promise<string> {
  const database = await createDatabase({ dataDir: 'memory://' });
  try {
    await migrateToLatest(database.db);
    const config = loadConfig({ ZHICHAN_DEMO: '0', ZHICHAN_SCHEDULER: '0' });
    const { app } = await buildApp({ config, database, logger: pino({ level: 'silent' }) });
    await app.ready();
    const source = await renderApiTypes(app.swagger() as unknown as Record<string, unknown>);
    await app.close();
    return source;
  } finally {
    await database.close();
  }
}

/** `zhichan api-types`: writes the web client's types from the server's routes (`--check` only compares). */
export function registerApiCommands(program: Command): void {
  program
    .command('api-types')
    .description(`write ${API_TYPES_FILE} from the server's OpenAPI document (--check: fail if it is stale)`)
    .option('--check', 'compare only; exit 1 when the file differs')
    .action(async (opts: { check?: boolean }) => {
      const file = path.resolve(API_TYPES_FILE);
      const next = await currentApiTypes();
      const prev = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
      if (opts.check) {
        if (prev !== next) {
          console.error(`${API_TYPES_FILE} is stale: run npm run api:types`);
          process.exit(1);
        }
        console.log(`${API_TYPES_FILE} is up to date`);
        return;
      }
      fs.writeFileSync(file, next);
      console.log(`wrote ${API_TYPES_FILE} (${next.length} characters)`);
    });
}
