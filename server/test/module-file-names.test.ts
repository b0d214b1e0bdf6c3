import { describe, expect, it } from 'vitest';
import { moduleFileProblem } from '../../scripts/eslint/module-file-names.mjs';

describe('the module template’s file-name rule', () => {
  it.each([
    'org/index.ts',
    'org/org.contract.ts',
    'org/org.policy.ts',
    'org/org.policy.test.ts',
    'org/org.factories.ts',
    'org/person.routes.ts',
    'org/person.service.ts',
    'org/org-queries.service.ts',
    'org/org-commands.service.ts',
    'org/org-support.service.ts',
    'org/person.repository.ts',
    'org/person.routes.test.ts',
    'org/person.db.test.ts',
    'org/person.test.ts',
    'org/person.workbook.ts',
    'stats/read.worker.ts',
    'conference/reminder.schedule.ts',
    'org/domain/region-lookup.ts',
    'org/domain/region-lookup.test.ts',
    'org/demo/org.demo.ts',
    'org/demo/demo-people.ts',
    'publish/demo/publish.demo.db.test.ts',
    'stats/import/csv-rows.service.ts',
    'stats/import/domain/csv-rows.ts',
    'deps.ts',
  ])('accepts %s', (path) => {
    expect(moduleFileProblem(path)).toBeNull();
  });

  it.each([
    ['org/org-excel.ts', 'names no role'],
    ['org/region-lookup.ts', 'names no role'],
    ['conference/reminders.ts', 'names no role'],
    ['conference/conference.demo.ts', 'names no role'],
    ['tasks/org.contract.ts', 'names no role'],
    ['org/orgHelpers.service.ts', 'names no role'],
    ['org/domain/Region.ts', 'not a kebab-case'],
    ['org/demo/data.json.ts', 'not a kebab-case'],
    ['stats/Import/csv.service.ts', 'not kebab-case'],
    ['stats/import/csv.ts', 'names no role'],
    ['stats/import/deeper/csv.service.ts', 'names no role'],
  ])('refuses %s, saying why', (path, why) => {
    expect(moduleFileProblem(path)).toContain(why);
  });
});
