import { z } from 'zod';
import { VolunteerKindLabels, VolunteerLanguageLabels, VolunteerSkillLabels } from '../../../common/services-volunteer';
import type { ImportColumn } from '../../platform/excel';
import { labelCell, labelListCell, splitList } from '../../platform/import-cells';

/**
 * The columns of a volunteer roster import: the sign-up sheet of a launch event or a partner's
 * list (律师协会、高校). Every row is added awaiting vetting, as an enrolment on paper is.
 */
export const VOLUNTEER_IMPORT_COLUMNS: ImportColumn[] = [
  { key: 'name', header: '姓名', required: true, example: '黄嘉琪', width: 10 },
  { key: 'kind', header: '类别', required: true, example: '高校学生', note: Object.values(VolunteerKindLabels).map((l) => l.zh).join('、'), width: 12 },
  { key: 'affiliation', header: '所在单位', required: true, example: '深圳技术大学', width: 28 },
  { key: 'phone', header: '手机', example: '15013847695', width: 14 },
  { key: 'skills', header: '专长', required: true, example: '专利申请与布局、海外纠纷应对', note: `用顿号分隔：${Object.values(VolunteerSkillLabels).map((l) => l.zh).join('、')}`, width: 30 },
  { key: 'languages', header: '外语', example: '英语', note: '用顿号分隔，可不填', width: 12 },
  { key: 'districts', header: '服务区域', required: true, example: '坪山区、龙岗区', note: '本市的区，用顿号分隔；也可填6位代码', width: 20 },
  { key: 'availability', header: '可服务时间', required: true, example: '周三下午、周末', width: 20 },
  { key: 'weeklyHours', header: '每周可服务小时', required: true, example: '6', kind: 'number', width: 12 },
];

export const VolunteerImportRowSchema = z.object({
  name: z.string().trim().min(1).max(40),
  kind: labelCell(VolunteerKindLabels, '类别'),
  affiliation: z.string().trim().min(1).max(100),
  phone: z.string().trim().max(30).optional(),
  skills: labelListCell(VolunteerSkillLabels, '专长').refine((v) => v.length > 0, '请至少填写一项专长'),
  languages: labelListCell(VolunteerLanguageLabels, '外语'),
  districts: z.string().trim().min(1).max(400).transform(splitList),
  availability: z.string().trim().min(1).max(200),
  weeklyHours: z.string().trim().regex(/^\d{1,2}$/, '每周可服务小时应为1至60的整数').transform(Number).refine((n) => n >= 1 && n <= 60, '每周可服务小时应为1至60的整数'),
});
export type VolunteerImportRow = z.output<typeof VolunteerImportRowSchema>;
