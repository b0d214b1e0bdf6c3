import type { Kysely } from 'kysely';
import { runSql } from '../run-sql';

/**
 * A filing the consultation desk starts for an enterprise (a question escalated to the protection
 * centre): it waits, invited, for the enterprise to declare its conditions and submit it. Until then
 * it has no declared facts and no submission date, and it carries the question's facts as its note.
 */
const UP = `
alter table centre_filing drop constraint centre_filing_status_check;
alter table centre_filing add constraint centre_filing_status_check check (status in ('invited', 'submitted', 'approved', 'returned'));
alter table centre_filing alter column established_on drop not null, alter column insured_staff drop not null,
  alter column dishonesty drop not null, alter column abnormal_filing drop not null, alter column submitted_on drop not null;
alter table centre_filing add column source_note text;
alter table centre_filing add constraint centre_filing_declared_check check (status = 'invited' or (established_on is not null
  and insured_staff is not null and dishonesty is not null and abnormal_filing is not null and submitted_on is not null));
`;

const DOWN = `
delete from centre_filing where status = 'invited';
alter table centre_filing drop constraint centre_filing_declared_check;
alter table centre_filing drop column source_note;
alter table centre_filing alter column established_on set not null, alter column insured_staff set not null,
  alter column dishonesty set not null, alter column abnormal_filing set not null, alter column submitted_on set not null;
alter table centre_filing drop constraint centre_filing_status_check;
alter table centre_filing add constraint centre_filing_status_check check (status in ('submitted', 'approved', 'returned'));
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await runSql(db, UP);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runSql(db, DOWN);
}
