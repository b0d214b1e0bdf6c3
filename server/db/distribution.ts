/**
 * Where every table lives on a distributed engine (Citus): the one list that the schema check
 * (`distribution.db.test.ts`) holds the schema to, explained in `docs/deploy.md`. The migration
 * `20261207100000_citus_distribution` holds a frozen copy, as migrations must; a new table is added
 * here and distributed by the migration that creates it.
 *
 * - distributed: sharded on `column`. A distribution value never changes (Citus refuses to update
 *   it), so it is a key fixed when the row is made: the region code where the region is part of the
 *   record's key, an IP right's own number, otherwise the id of the record the row belongs to (a
 *   meeting, a case, a work plan), so that a record and its parts always sit on one shard.
 *   `colocateWith` names the table whose shards it shares; rows joined or linked by a foreign key
 *   must share them.
 * - reference: small lookups copied to every node, so any shard can join them and point at them.
 * - local: stays on the coordinator: bookkeeping, queues that take rows with `for update skip
 *   locked`, and per-user state written on every request.
 */
export type Distribution =
  | { kind: 'distributed'; column: string; colocateWith?: string; reason: string }
  | { kind: 'reference'; reason: string }
  | { kind: 'local'; reason: string };

const local = (reason: string): Distribution => ({ kind: 'local', reason });
const reference = (reason: string): Distribution => ({ kind: 'reference', reason });
const distributed = (column: string, reason: string, colocateWith?: string): Distribution =>
  colocateWith ? { kind: 'distributed', column, colocateWith, reason } : { kind: 'distributed', column, reason };

export const DISTRIBUTION: Readonly<Record<string, Distribution>> = {
  // bookkeeping
  kysely_migration: local('the migration log: read and written only by the coordinator'),
  kysely_migration_lock: local('the migration lock row'),
  table_version: reference('one counter per cached table, raised by triggers that fire on every node'),
  job: local('background job status, a few rows a day'),
  scheduler_run: local('one row per reminder slot, claimed with on conflict do nothing'),

  // platform
  audit_event: distributed('id', 'grows with every change; read by entity and walked in id order'),
  file: reference('file names and sizes, pointed at by records on every shard'),
  file_blob: distributed('file_id', 'the bytes of every upload: the largest table by size'),
  calendar_day: reference('the holiday calendar, read by every deadline'),
  search_document: distributed('entity_id', 'one row per indexed record; full-text search runs on every shard at once'),
  notification: local('a user\'s inbox, deduplicated on a key across users'),

  // org
  region: reference('GB/T 2260 codes: every region-owned row points at one'),
  role: reference('eight roles'),
  org: reference('organisations are pointed at by records of every module'),
  person: reference('the people of the organisations, a few per organisation'),
  app_user: reference('accounts, pointed at by mediators and calendar feeds'),
  user_role: reference('the roles of each account'),
  session: local('written on every request (last seen); joined only with accounts'),
  login_event: distributed('id', 'one row per sign-in attempt: history that only grows'),

  // conference
  joint_conference: reference('one conference per region'),
  conference_member: reference('a few dozen member units per conference'),
  conference_liaison: reference('one liaison per member unit and term'),
  meeting: distributed('id', 'meetings of every region; its region can be edited, so the id is the key'),
  meeting_org: distributed('meeting_id', 'hosts and organisers of a meeting', 'meeting'),
  meeting_agenda_item: distributed('meeting_id', 'the agenda of a meeting', 'meeting'),
  meeting_invitation: distributed('meeting_id', 'the invitations of a meeting', 'meeting'),
  meeting_registration: distributed('meeting_id', 'sign-ups for a meeting', 'meeting'),
  meeting_attendee: distributed('meeting_id', 'who attended a meeting', 'meeting'),
  meeting_minutes: distributed('meeting_id', 'the minutes of a meeting', 'meeting'),
  meeting_resolution: distributed('meeting_id', 'what a meeting decided', 'meeting'),
  meeting_document: distributed('meeting_id', 'documents released at a meeting', 'meeting'),
  agreement: reference('a few dozen agreements a year per city; listed with their meeting\'s title'),
  agreement_party: reference('the parties of an agreement'),
  unveiling: reference('a handful of unveilings a year per city'),
  calendar_feed: local('one token per user, written each time a calendar app reads the feed'),

  // tasks
  work_plan: reference('a few plans per region and year; its id is the distribution column of the tasks'),
  task: distributed('work_plan_id', 'key tasks of every region and year; a plan\'s tree (parent and sub-tasks) stays on one shard'),
  task_support_org: distributed('work_plan_id', 'the supporting units of a task', 'task'),
  task_book: reference('one task book per receiving unit and year'),
  task_book_item: distributed('work_plan_id', 'the tasks a task book assigns', 'task'),
  progress_report: distributed('work_plan_id', 'progress reports: the busiest table of the tasks module', 'task'),
  progress_evidence: distributed('work_plan_id', 'the files of a progress report', 'task'),
  supervision_notice: distributed('work_plan_id', 'supervision notices on a task', 'task'),
  task_comment: distributed('work_plan_id', 'comments on a task', 'task'),
  adjustment_request: distributed('work_plan_id', 'requests to move a task\'s deadline or target', 'task'),
  assessment: reference('one assessment per region and year'),
  assessment_bonus: reference('a few bonus points per assessment'),
  assessment_score: reference('one score per unit and assessment'),

  // protection
  protection_org_profile: reference('the case settings of each mediation organisation'),
  protection_mediator: reference('the mediator roster, pointed at by cases and complaints'),
  protection_case_counter: local('the row-locked counter that numbers cases'),
  protection_case: distributed('id', 'mediation and adjudication cases: the largest workflow table'),
  protection_party: distributed('case_id', 'the parties of a case', 'protection_case'),
  protection_right: distributed('case_id', 'the IP rights a case is about', 'protection_case'),
  protection_evidence: distributed('case_id', 'the evidence of a case', 'protection_case'),
  protection_note: distributed('case_id', 'notes on a case', 'protection_case'),
  protection_case_event: distributed('case_id', 'the timeline of a case', 'protection_case'),
  protection_agreement: distributed('case_id', 'the mediation agreement of a case', 'protection_case'),
  protection_failure_report: distributed('case_id', 'why a mediation failed', 'protection_case'),
  protection_panel_member: distributed('case_id', 'the panel of an adjudication case', 'protection_case'),
  protection_complaint: reference('complaints about mediators: a handful a year'),
  protection_deadline_rule: reference('legal time limits, read by every case action'),
  protection_webhook: reference('court endpoints'),
  protection_outbox: local('the court-docking queue, sent in order by one process'),
  protection_delivery: local('deliveries are claimed with for update skip locked, which needs one node'),

  // stats: aggregates keyed by region and year share shards; IP records by their own number
  stats_fact: distributed('region_code', 'event counts per region and year'),
  stats_value: distributed('region_code', 'indicator values per region and year', 'stats_fact'),
  stats_baseline: distributed('region_code', 'population, GDP and area per region and year', 'stats_fact'),
  stats_figure: distributed('region_code', 'published figures per region, year and measure', 'stats_fact'),
  stats_publication: distributed('region_code', 'the published statistics of a region and year', 'stats_fact'),
  stats_published_value: distributed('region_code', 'the frozen values of a publication', 'stats_fact'),
  stats_patent: distributed('application_no', 'tens of millions of patents; a right changes region when transferred'),
  stats_trademark: distributed('registration_no', 'trademarks, by their registration number', 'stats_patent'),
  stats_pct: distributed('pct_no', 'PCT applications, by their number', 'stats_patent'),
  stats_gi: distributed('gi_no', 'geographical indications, by their number', 'stats_patent'),
  stats_report: local('generated report files, a few per year'),
  stats_import: local('the import log'),
  stats_setting: reference('a few settings'),
  stats_patent_stage: local('unlogged staging of an import, merged into the records'),
  stats_trademark_stage: local('unlogged staging of an import'),
  stats_pct_stage: local('unlogged staging of an import'),
  stats_gi_stage: local('unlogged staging of an import'),
  stats_baseline_stage: local('unlogged staging of an import'),
  stats_figure_stage: local('unlogged staging of an import'),

  // enforcement: a case and its measures and transfers share shards; clues and detentions by their id
  enforcement_deadline_rule: reference('legal time limits, read by every enforcement action'),
  enforcement_counter: local('the row-locked counter that numbers enforcement cases'),
  enforcement_case: distributed('id', 'administrative enforcement cases of every region'),
  enforcement_measure: distributed('case_id', 'seizures and sealings of a case', 'enforcement_case'),
  enforcement_transfer: distributed('case_id', 'transfers of a case to the police', 'enforcement_case'),
  enforcement_clue: distributed('id', 'clues passed between member units'),
  enforcement_recordal: reference('customs recordals, pointed at by detentions on every shard'),
  enforcement_detention: distributed('id', 'customs detentions of every port'),
  enforcement_compliance: distributed('id', 'compliance procedures of every procuratorate'),
  enforcement_compliance_member: distributed('compliance_id', 'the supervision team of a procedure', 'enforcement_compliance'),
  enforcement_compliance_inspection: distributed('compliance_id', 'the inspections of a procedure', 'enforcement_compliance'),
  enforcement_coop_body: reference('a few cooperation bodies spanning regions, pointed at by requests on every shard'),
  enforcement_coop_member: reference('the member offices of each body, read with every request'),
  enforcement_coop_limit: reference('the deadlines a body’s agreement sets, read with every request'),
  enforcement_assist_request: distributed('id', 'assistance requests between offices of different regions'),
  enforcement_figure_month: distributed('region_code', 'monthly sums per region and agency; a write adds to its own region\'s rows'),

  // publish
  article: distributed('id', 'news and reports of every region'),
  article_attachment: distributed('article_id', 'the files of an article', 'article'),
  reported_figure: distributed('id', 'figures read from reports, with or without an article'),
  top_ten_list: reference('one list per region and year'),
  top_ten_item: reference('ten items per list'),

  // finance: a pledge and its parts share a shard; a whitelist batch's applications and credit lines share one
  finance_time_limit: reference('three processing time limits with their sources'),
  finance_pledge: distributed('id', 'pledge registrations of every region; the enterprise and bank can change, so the id is the key'),
  finance_pledge_right: distributed('pledge_id', 'the IP rights of a pledge', 'finance_pledge'),
  finance_pledge_event: distributed('pledge_id', 'the registration events of a pledge', 'finance_pledge'),
  finance_whitelist_batch: reference('a few batches a year per city'),
  finance_whitelist_application: distributed('batch_id', 'the applicants of a batch, scored together'),
  finance_credit_line: distributed('batch_id', 'banks\' interest and credit lines on a batch\'s applicants', 'finance_whitelist_application'),
  finance_securitisation: reference('a handful of securitisation products per city'),
  finance_signing: reference('signings at meetings, a few dozen a year'),
  // finance, the loan half: a loan and everything about it share the loan's shard
  finance_loan: distributed('id', 'IP-backed loans of every bank: hundreds of thousands in a province'),
  finance_loan_pledge: distributed('loan_id', 'the pledges behind a loan', 'finance_loan'),
  finance_repayment: distributed('loan_id', 'the repayments of a loan: the largest finance table', 'finance_loan'),
  finance_claim: distributed('loan_id', 'compensation claims on a loan', 'finance_loan'),
  finance_claim_movement: distributed('loan_id', 'payouts and recoveries of a claim', 'finance_loan'),
  finance_pool: reference('a few risk-compensation pools per region'),
  finance_pool_party: reference('the loss-sharing parties of a pool'),
  finance_pool_bank: reference('the participating banks of a pool and their deposits'),
  finance_pool_ledger: distributed('pool_id', 'every movement of a pool\'s money, appended under the pool\'s lock'),
  finance_lpr: reference('the monthly loan prime rate'),
  finance_subsidy_policy: reference('a few subsidy policies per region'),
  finance_subsidy_batch: reference('a few payment batches a year'),
  finance_subsidy_application: reference('one subsidy request per enterprise, policy and year'),
  finance_figure_month: distributed('region_code', 'monthly loan sums per region and bank; a write adds to its own region\'s rows'),
  // utilisation: an application shares its declaration's shard; transfers stand alone (a million a province)
  utilisation_rule: reference('the open-licence rules (fee caps, term, fee reduction, reply period) with their sources'),
  utilisation_declaration: distributed('id', 'open-licence declarations of every region: hundreds of thousands in a province'),
  utilisation_application: distributed('declaration_id', 'applications to take an open licence', 'utilisation_declaration'),
  utilisation_transfer: distributed('id', 'assignments and licences of patents and trademarks: the largest utilisation table'),
  utilisation_gi: reference('a few dozen geographical indications per city'),
  utilisation_gi_user: reference('the authorised users of the GIs, a few thousand'),
  utilisation_brand_programme: reference('a few brand programmes a year'),
  utilisation_brand_participant: reference('the enterprises of the brand programmes'),

  // services: the front door and the consultation desk
  services_setting: reference('a few desk settings'),
  services_sla_rule: reference('the service-level rules of the desk, a row per category and clock'),
  services_verification: local('short-lived verification codes, written on every request for one'),
  services_registration: distributed('id', 'self-registrations of enterprises and individuals'),
  services_question: distributed('id', 'consultation questions: hundreds of thousands a year in a province'),
  services_question_message: distributed('question_id', 'the replies, notes and follow-ups of a question', 'services_question'),
  services_knowledge: reference('published answers, read by the portal and searched on every node'),

  // services: volunteers and overseas-dispute guidance
  services_time_limit: reference('a handful of time limits with their sources'),
  services_volunteer: reference('a few thousand volunteers per city, joined by every request\'s offers'),
  services_counter: local('the row-locked counter that numbers volunteer requests and overseas cases'),
  services_volunteer_request: distributed('id', 'enterprises\' requests for a volunteer'),
  services_volunteer_offer: distributed('request_id', 'the volunteers a request was offered to', 'services_volunteer_request'),
  services_service_record: distributed('request_id', 'the service given on a request, with its hours', 'services_volunteer_request'),
  services_overseas_case: distributed('id', 'overseas-dispute guidance cases of every region'),
  // centre: a filing's pre-examinations share its shard; the tally by window
  centre_ipc_class: reference('the IPC sections and classes, about 130 rows'),
  centre_field: reference('the industry fields a centre serves, with their IPC classes'),
  centre_window: reference('a protection centre and its windows, a handful per city'),
  centre_condition: reference('the filing conditions with their source'),
  centre_rule: reference('time limit and yearly quota of each patent kind'),
  centre_agency: reference('the agencies a centre accepts, a few dozen'),
  centre_filing: distributed('id', 'enterprise filings with a centre: thousands in a province'),
  centre_submission: distributed('filing_id', 'pre-examinations of a filing\'s enterprise: the largest centre table', 'centre_filing'),
  centre_tally: distributed('window_id', 'the statistics kept on every write, by window, district, kind, field, examiner and year'),
};

/** The table whose shards a distributed table shares in the end (itself when it leads its group). */
export function colocationRoot(table: string): string {
  let name = table;
  for (let d = DISTRIBUTION[name]; d?.kind === 'distributed' && d.colocateWith; d = DISTRIBUTION[name]) name = d.colocateWith;
  return name;
}

/**
 * The statements that distribute the tables of the map on a Citus cluster, for a database migrated
 * before the extension was there (the migration distributes only when it finds it). Tables that are
 * already distributed are skipped, so it can run twice. Reference tables come first, in map order,
 * which lists a table after those it points at; then each group's leader before its members.
 */
export function distributeSql(map: Readonly<Record<string, Distribution>> = DISTRIBUTION): string {
  const q = (s: string) => `'${s}'`;
  const skip = (t: string) => `if not exists (select 1 from pg_dist_partition where logicalrelid = ${q(t)}::regclass) then`;
  const entries = Object.entries(map);
  const reference = entries.flatMap(([t, d]) => (d.kind === 'reference' ? [`${skip(t)} perform create_reference_table(${q(t)}); end if;`] : []));
  const distributed = entries.flatMap(([t, d]) =>
    d.kind === 'distributed' ? [`${skip(t)} perform create_distributed_table(${q(t)}, ${q(d.column)}, colocate_with => ${q(d.colocateWith ?? 'none')}); end if;`] : [],
  );
  return `do $$
begin
  perform set_config('citus.enable_unsafe_triggers', 'on', true);
  ${[...reference, ...distributed].join('\n  ')}
end
$$;
`;
}
