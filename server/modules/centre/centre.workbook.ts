import { z } from 'zod';
import { type Filing, FilingStatusLabels, PatentKindLabels } from '../../../common/centre';
import { CnipaApplicationNoSchema, CnipaOutcomeLabels, RefusalGroundLabels, type Submission, SubmissionStatusLabels } from '../../../common/centre-submissions';
import { dateField } from '../../../common/fields';
import type { ExportColumn, ImportColumn } from '../../platform/excel';

/** Yes or no; blank for what an invited filing has not declared yet. */
const yesNo = (v: boolean | null) => (v === null ? '' : v ? '是' : '否');

/** The columns of exported filings. */
export const FILING_COLUMNS: ExportColumn<Filing>[] = [
  { header: '企业', width: 32, value: (r) => r.enterpriseName },
  { header: '所在地区', width: 20, value: (r) => r.regionName },
  { header: '受理窗口', width: 30, value: (r) => r.windowName },
  { header: '代理机构', width: 26, value: (r) => r.agencyName },
  { header: '状态', width: 10, value: (r) => FilingStatusLabels[r.expired ? 'expired' : r.status].zh },
  { header: '成立日期', width: 12, value: (r) => r.establishedOn },
  { header: '参保职工（人）', width: 12, value: (r) => r.insuredStaff },
  { header: '失信记录', width: 10, value: (r) => yesNo(r.dishonesty) },
  { header: '非正常专利申请', width: 12, value: (r) => yesNo(r.abnormalFiling) },
  { header: '提交日期', width: 12, value: (r) => r.submittedOn },
  { header: '有效期起', width: 12, value: (r) => r.validFrom },
  { header: '有效期止', width: 12, value: (r) => r.validTo },
  { header: '审核意见', width: 30, value: (r) => r.reason },
  { header: '来源', width: 30, value: (r) => r.sourceNote },
];

/** The columns of exported pre-examinations. */
export const SUBMISSION_COLUMNS: ExportColumn<Submission>[] = [
  { header: '发明创造名称', width: 36, value: (r) => r.title },
  { header: '类型', width: 10, value: (r) => PatentKindLabels[r.kind].zh },
  { header: 'IPC分类号', width: 14, kind: 'text', value: (r) => r.ipc },
  { header: '申请人', width: 30, value: (r) => r.applicant },
  { header: '企业', width: 30, value: (r) => r.enterpriseName },
  { header: '所在地区', width: 20, value: (r) => r.regionName },
  { header: '受理窗口', width: 28, value: (r) => r.windowName },
  { header: '状态', width: 10, value: (r) => SubmissionStatusLabels[r.status].zh },
  { header: '补正轮次', width: 8, value: (r) => r.round - 1 },
  { header: '审查员', width: 14, value: (r) => r.examinerName },
  { header: '提交日期', width: 12, value: (r) => r.submittedOn },
  { header: '期限（工作日）', width: 10, value: (r) => r.limitDays },
  { header: '截止日期', width: 12, value: (r) => r.dueOn },
  { header: '用时（工作日）', width: 10, value: (r) => r.examinerDays },
  { header: '不予通过理由', width: 14, value: (r) => (r.refusalGround ? RefusalGroundLabels[r.refusalGround].zh : null) },
  { header: '申请号', width: 18, kind: 'text', value: (r) => r.cnipaApplicationNo },
  { header: '国家知识产权局结果', width: 12, value: (r) => (r.cnipaOutcome ? CnipaOutcomeLabels[r.cnipaOutcome].zh : null) },
  { header: '结果日期', width: 12, value: (r) => r.cnipaOn },
];

/** The columns of an import of CNIPA outcomes. */
export const OUTCOME_IMPORT_COLUMNS: ImportColumn[] = [
  { key: 'submissionId', header: '预审编号', note: '预审合格后首次登记申请号时填写；已登记申请号的可不填', example: '' },
  { key: 'applicationNo', header: '申请号', required: true, aliases: ['专利申请号'], example: '202410123456.7' },
  { key: 'outcome', header: '审查结果', aliases: ['结果'], note: '授权 或 驳回；尚无结果的留空', example: '授权' },
  { key: 'on', header: '结果日期', aliases: ['授权公告日', '日期'], example: '2025-06-30' },
];

export const OutcomeImportRowSchema = z
  .object({
    submissionId: z.uuid('预审编号无效').optional(),
    applicationNo: CnipaApplicationNoSchema,
    outcome: z
      .enum(['授权', '驳回'], { message: '应为“授权”或“驳回”' })
      .transform((v) => (v === '授权' ? ('granted' as const) : ('rejected' as const)))
      .optional(),
    on: dateField().optional(),
  })
  .refine((r) => !r.outcome || r.on, { path: ['on'], message: '有审查结果时请填写结果日期' });
export type OutcomeImportRow = z.output<typeof OutcomeImportRowSchema>;
