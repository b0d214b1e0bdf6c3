import type { ColumnType, Generated } from 'kysely';

type Instant = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
/** A jsonb column: parsed when read, written as JSON text. */
type Json<T> = ColumnType<T, string, string>;

export interface WorkPlanTable {
  id: Generated<string>;
  region_code: string;
  year: number;
  title: string;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Instant;
}

export interface TaskTable {
  id: Generated<string>;
  work_plan_id: string;
  parent_id: string | null;
  region_code: string;
  year: number;
  level: number;
  position: number;
  number: string;
  path: string;
  sort_key: string;
  title: string;
  title_pinyin: string;
  description: string | null;
  expected_outcome: string | null;
  lead_org_id: string | null;
  deadline: string | null;
  weight: number;
  indicator_id: string | null;
  indicator_name: string | null;
  indicator_unit: string | null;
  target_value: number | null;
  actual_value: number | null;
  progress: Generated<number>;
  status: string;
  flag: string;
  completed_on: string | null;
  source_meeting_id: string | null;
  source_resolution_id: string | null;
  created_at: CreatedAt;
  updated_at: Instant;
}

export interface TaskSupportOrgTable {
  task_id: string;
  /** The task's work plan, copied from the task: the distribution column (see db/distribution.ts). */
  work_plan_id: string;
  org_id: string;
}

export interface TaskBookTable {
  id: Generated<string>;
  work_plan_id: string | null;
  region_code: string;
  year: number;
  title: string;
  receiver_org_id: string;
  receiver_kind: string;
  note: string | null;
  issued_at: Instant;
  issued_by: string | null;
  issued_by_name: string | null;
  acknowledged_at: Instant | null;
  acknowledged_by: string | null;
  acknowledged_by_name: string | null;
}

export interface TaskBookItemTable {
  task_book_id: string;
  task_id: string;
  /** The task's work plan, copied from the task: the distribution column (see db/distribution.ts). */
  work_plan_id: string;
}

export interface ProgressReportTable {
  id: Generated<string>;
  task_id: string;
  /** The task's work plan, copied from the task: the distribution column (see db/distribution.ts). */
  work_plan_id: string;
  org_id: string;
  percent: number;
  narrative: string;
  actual_value: number | null;
  status: string;
  reported_by: string | null;
  reported_by_name: string | null;
  created_at: Instant;
  review_comment: string | null;
  reviewed_by: string | null;
  reviewed_by_name: string | null;
  reviewed_at: Instant | null;
}

export interface ProgressEvidenceTable {
  work_plan_id: string;
  report_id: string;
  file_id: string;
}

export interface SupervisionNoticeTable {
  id: Generated<string>;
  task_id: string;
  /** The task's work plan, copied from the task: the distribution column (see db/distribution.ts). */
  work_plan_id: string;
  number: string;
  kind: string;
  for_deadline: string | null;
  reason: string;
  requirement: string | null;
  issued_at: Instant;
  issued_by: string | null;
  issued_by_name: string | null;
  response_due: string;
  status: string;
  level: number;
  escalated_at: Instant | null;
  response: string | null;
  responded_at: Instant | null;
  responded_by: string | null;
  responded_by_name: string | null;
}

export interface TaskCommentTable {
  id: Generated<string>;
  task_id: string;
  /** The task's work plan, copied from the task: the distribution column (see db/distribution.ts). */
  work_plan_id: string;
  author_name: string;
  author_title: string | null;
  body: string;
  created_by: string | null;
  created_by_name: string | null;
  created_at: Instant;
}

export interface AdjustmentRequestTable {
  id: Generated<string>;
  task_id: string;
  /** The task's work plan, copied from the task: the distribution column (see db/distribution.ts). */
  work_plan_id: string;
  org_id: string;
  kind: string;
  old_deadline: string | null;
  new_deadline: string | null;
  old_target_value: number | null;
  new_target_value: number | null;
  reason: string;
  status: string;
  requested_by: string | null;
  requested_by_name: string | null;
  created_at: Instant;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: Instant | null;
  decision_comment: string | null;
}

export interface AssessmentTable {
  id: Generated<string>;
  region_code: string;
  year: number;
  status: string;
  rules: Json<{ onTime: number; late: number; notDone: number; bonusCap: number }>;
  computed_at: Instant;
  finalised_at: Instant | null;
  created_by: string | null;
}

export interface AssessmentBonusTable {
  id: Generated<string>;
  assessment_id: string;
  org_id: string;
  points: number;
  reason: string;
  file_id: string;
  created_by: string | null;
  created_at: Instant;
}

export interface AssessmentScoreTable {
  assessment_id: string;
  org_id: string;
  rank: number;
  tasks: number;
  on_time: number;
  late: number;
  not_done: number;
  weight: number;
  base_score: number;
  bonus: number;
  total: number;
}

/** Tables of the `tasks` module. */
export interface TasksTables {
  work_plan: WorkPlanTable;
  task: TaskTable;
  task_support_org: TaskSupportOrgTable;
  task_book: TaskBookTable;
  task_book_item: TaskBookItemTable;
  progress_report: ProgressReportTable;
  progress_evidence: ProgressEvidenceTable;
  supervision_notice: SupervisionNoticeTable;
  task_comment: TaskCommentTable;
  adjustment_request: AdjustmentRequestTable;
  assessment: AssessmentTable;
  assessment_bonus: AssessmentBonusTable;
  assessment_score: AssessmentScoreTable;
}
