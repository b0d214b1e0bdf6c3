import { NextAgentLabels } from '../../../common/enforcement';
import { type ComplianceListItem, ComplianceStatusLabels, EvaluationResultLabels } from '../../../common/enforcement-compliance';
import type { ExportColumn } from '../../platform/excel';

/** Columns of the exported list of compliance procedures. */
export const COMPLIANCE_EXPORT_COLUMNS: ExportColumn<ComplianceListItem>[] = [
  { header: '涉案企业', width: 32, value: (r) => r.enterpriseName },
  { header: '案由及案号', width: 32, value: (r) => r.caseRef },
  { header: '检察机关', width: 24, value: (r) => r.procuratorate.name },
  { header: '参与的知识产权部门', width: 28, value: (r) => r.office.name },
  { header: '状态', width: 18, value: (r) => ComplianceStatusLabels[r.status].zh },
  { header: '启动日期', value: (r) => r.startedOn },
  { header: '考察期届满', value: (r) => r.termEndsOn },
  { header: '已完成检查', value: (r) => r.inspectionsDone },
  { header: '计划检查', value: (r) => r.inspectionsPlanned },
  { header: '评估结论', width: 16, value: (r) => (r.evaluationResult ? EvaluationResultLabels[r.evaluationResult].zh : null) },
  { header: '当前期限', value: (r) => r.nextDueOn },
  { header: '是否逾期', value: (r) => (r.overdue ? '逾期' : '') },
  { header: '待办方', value: (r) => NextAgentLabels[r.nextActor].zh },
];
