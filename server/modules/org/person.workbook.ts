import { z } from 'zod';
import { Limits } from '../../../common/limits';
import { type Person, PhoneSchema } from '../../../common/org';
import type { ExportColumn, ImportColumn } from '../../platform/excel';

export const PERSON_EXPORT_COLUMNS: ExportColumn<Person>[] = [
  { header: '姓名', value: (p) => p.name },
  { header: '职务', width: 36, value: (p) => p.title },
  { header: '所属机构', width: 36, value: (p) => p.orgName },
  { header: '电话', value: (p) => p.phone },
  { header: '邮箱', width: 24, value: (p) => p.email },
];

export const PERSON_IMPORT_COLUMNS: ImportColumn[] = [
  { key: 'name', header: '姓名', required: true, example: '张三' },
  { key: 'title', header: '职务', example: '知识产权科科长', width: 30 },
  { key: 'orgName', header: '所属机构', required: true, example: '深圳市市场监督管理局坪山监管局', note: '已有机构的全称', width: 36 },
  { key: 'phone', header: '电话' },
  { key: 'email', header: '邮箱' },
];

export const PersonImportRowSchema = z.object({
  name: z.string().trim().min(1).max(Limits.personNameMax, `不能超过${Limits.personNameMax}个字符`),
  title: z.string().trim().max(Limits.titleMax).optional(),
  orgName: z.string().trim().min(1).max(Limits.nameMax),
  phone: PhoneSchema.optional(),
  email: z.email('邮箱格式不正确').max(Limits.emailMax).optional(),
});
export type PersonImportRow = z.output<typeof PersonImportRowSchema>;
