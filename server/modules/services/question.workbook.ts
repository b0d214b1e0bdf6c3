import { AssigneeKindLabels, type Question, QuestionCategoryLabels, QuestionStatusLabels } from '../../../common/services-desk';
import type { ExportColumn } from '../../platform/excel';

/** The consultation queue as Excel: one row per question with its clocks. */
export const QUESTION_EXPORT_COLUMNS: ExportColumn<Question>[] = [
  { header: '编号', width: 16, kind: 'text', value: (q) => q.number },
  { header: '类别', width: 12, value: (q) => QuestionCategoryLabels[q.category].zh },
  { header: '标题', width: 40, value: (q) => q.title },
  { header: '咨询人', width: 30, value: (q) => q.askerName },
  { header: '状态', width: 12, value: (q) => QuestionStatusLabels[q.status].zh },
  { header: '承办类型', width: 14, value: (q) => (q.assigneeKind ? AssigneeKindLabels[q.assigneeKind].zh : null) },
  { header: '承办人', width: 24, value: (q) => q.assigneeName },
  { header: '咨询日期', width: 12, value: (q) => q.askedOn },
  { header: '首次答复时限', width: 14, value: (q) => q.firstAnswerDue },
  { header: '首次答复日期', width: 14, value: (q) => q.firstAnsweredOn },
  { header: '办结时限', width: 12, value: (q) => q.resolutionDue },
  { header: '办结日期', width: 12, value: (q) => q.resolvedOn },
  { header: '暂停工作日', width: 10, value: (q) => q.pausedDays },
  { header: '首次答复超时', width: 12, value: (q) => (q.lateFirstAnswer ? '是' : '否') },
  { header: '办结超时', width: 10, value: (q) => (q.lateResolution ? '是' : '否') },
  { header: '满意度', width: 8, value: (q) => q.rating },
];
