import { z } from 'zod';
import { Limits } from '../../../common/limits';
import { DISPUTE_TYPES, type DisputeType, DisputeTypeLabels } from '../../../common/protection';
import { type Mediator, MediatorStatusLabels } from '../../../common/protection-admin';
import type { ExportColumn, ImportColumn } from '../../platform/excel';

/** Columns of the mediator roster export. */
export const MEDIATOR_EXPORT_COLUMNS: ExportColumn<Mediator>[] = [
  { header: '姓名', width: 12, value: (m) => m.name },
  { header: '调解组织', width: 36, value: (m) => m.org.name },
  { header: '职业/职称', width: 18, value: (m) => m.title },
  { header: '电话', width: 16, value: (m) => m.phone },
  { header: '擅长领域', width: 30, value: (m) => m.specialities.map((s) => DisputeTypeLabels[s].zh).join('、') },
  { header: '在册', width: 8, value: (m) => (m.onRoster ? '是' : '否') },
  { header: '特邀法院', width: 24, value: (m) => m.rosterCourt?.name },
  { header: '状态', width: 8, value: (m) => MediatorStatusLabels[m.status].zh },
  { header: '在办案件', width: 10, value: (m) => m.workload },
  { header: '累计案件', width: 10, value: (m) => m.cases },
  { header: '调解成功', width: 10, value: (m) => m.succeeded },
  { header: '成功率', width: 10, value: (m) => (m.successRate === null ? null : Math.round(m.successRate * 1000) / 10) },
  { header: '投诉', width: 8, value: (m) => m.complaints },
  { header: '平台账号', width: 14, value: (m) => m.user?.username },
];

/** Columns of the mediator import template. */
export const MEDIATOR_IMPORT_COLUMNS: ImportColumn[] = [
  { key: 'orgName', header: '调解组织', required: true, example: '深圳市坪山区知识产权纠纷人民调解委员会', width: 36, note: '平台上已有的调解组织全称' },
  { key: 'name', header: '姓名', required: true, example: '李明' },
  { key: 'title', header: '职业/职称', example: '专利代理师' },
  { key: 'phone', header: '电话', example: '0755-28888888' },
  { key: 'specialities', header: '擅长领域', required: true, example: '专利、商标', note: `用顿号或逗号分隔：${DISPUTE_TYPES.map((d) => DisputeTypeLabels[d].zh).join('、')}` },
  { key: 'onRoster', header: '在册', example: '是', note: '是或否，默认是' },
  { key: 'rosterCourtName', header: '特邀法院', example: '深圳市坪山区人民法院', note: '列入哪家法院的特邀调解名册（可空）', width: 24 },
];

const specialityByLabel = new Map<string, DisputeType>(DISPUTE_TYPES.flatMap((d) => [[DisputeTypeLabels[d].zh, d], [d, d]] as [string, DisputeType][]));

/** One row of the mediator import, before organisation and court names are resolved. */
export const MediatorImportRowSchema = z.object({
  orgName: z.string().trim().min(1).max(Limits.nameMax),
  name: z.string().trim().min(1).max(Limits.personNameMax, `不能超过${Limits.personNameMax}个字符`),
  title: z.string().trim().max(Limits.titleMax).optional(),
  phone: z.string().trim().max(Limits.phoneMax).optional(),
  specialities: z
    .string()
    .trim()
    .transform((v, ctx) => {
      const parts = v.split(/[、,，;；\s]+/).filter(Boolean);
      const out: DisputeType[] = [];
      for (const p of parts) {
        const d = specialityByLabel.get(p);
        if (!d) {
          ctx.addIssue({ code: 'custom', message: `未知领域「${p}」` });
          return z.NEVER;
        }
        out.push(d);
      }
      if (out.length === 0) {
        ctx.addIssue({ code: 'custom', message: '至少填写一个擅长领域' });
        return z.NEVER;
      }
      return [...new Set(out)];
    }),
  onRoster: z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '是') return true;
      if (v === '否') return false;
      ctx.addIssue({ code: 'custom', message: '应填「是」或「否」' });
      return z.NEVER;
    }),
  rosterCourtName: z.string().trim().max(Limits.nameMax).optional(),
});
export type MediatorImportRow = z.output<typeof MediatorImportRowSchema>;
