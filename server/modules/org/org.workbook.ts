import { z } from 'zod';
import { Limits } from '../../../common/limits';
import { CreditCodeSchema, ORG_KINDS, type Org, OrgKindLabels, type OrgKind, PhoneSchema } from '../../../common/org';
import type { ExportColumn, ImportColumn } from '../../platform/excel';

/** Columns of the organisation list export. */
export const ORG_EXPORT_COLUMNS: ExportColumn<Org>[] = [
  { header: '机构名称', width: 36, value: (o) => o.name },
  { header: '简称', value: (o) => o.shortName },
  { header: '类型', value: (o) => OrgKindLabels[o.kind].zh },
  { header: '行政区划代码', width: 14, value: (o) => o.regionCode },
  { header: '行政区划', width: 24, value: (o) => o.regionName },
  { header: '上级机构', width: 30, value: (o) => o.parentName },
  { header: '统一社会信用代码', width: 22, value: (o) => o.creditCode },
  { header: '地址', width: 36, value: (o) => o.address },
  { header: '电话', value: (o) => o.phone },
  { header: '创建时间', width: 20, value: (o) => new Date(o.createdAt) },
];

/** Columns of the organisation import template. */
export const ORG_IMPORT_COLUMNS: ImportColumn[] = [
  { key: 'name', header: '机构名称', required: true, example: '深圳市坪山区某某科技有限公司', width: 36 },
  { key: 'shortName', header: '简称', example: '某某科技' },
  {
    key: 'kind',
    header: '类型',
    required: true,
    example: '企业',
    note: `填写以下之一：${ORG_KINDS.map((k) => OrgKindLabels[k].zh).join('、')}`,
  },
  { key: 'regionCode', header: '行政区划', required: true, aliases: ['行政区划代码'], example: '440310', note: '6位代码，或名称如「深圳市坪山区」' },
  { key: 'parentName', header: '上级机构', example: '', note: '已有机构的全称，或本文件中前面各行的机构名称' },
  { key: 'creditCode', header: '统一社会信用代码', example: '', note: '18位，按 GB 32100-2015 校验' },
  { key: 'address', header: '地址' },
  { key: 'phone', header: '电话' },
];

const kindByLabel = new Map<string, OrgKind>(ORG_KINDS.flatMap((k) => [[OrgKindLabels[k].zh, k], [k, k]] as [string, OrgKind][]));

/** One spreadsheet row, before the region and parent names are resolved. */
export const OrgImportRowSchema = z.object({
  name: z.string().trim().min(1).max(Limits.nameMax, `不能超过${Limits.nameMax}个字符`),
  shortName: z.string().trim().max(Limits.shortNameMax).optional(),
  kind: z
    .string()
    .trim()
    .transform((v, ctx) => {
      const kind = kindByLabel.get(v);
      if (!kind) {
        ctx.addIssue({ code: 'custom', message: `未知类型「${v}」` });
        return z.NEVER;
      }
      return kind;
    }),
  regionCode: z.string().trim().min(1),
  parentName: z.string().trim().max(Limits.nameMax).optional(),
  creditCode: CreditCodeSchema.optional(),
  address: z.string().trim().max(Limits.addressMax).optional(),
  phone: PhoneSchema.optional(),
});
export type OrgImportRow = z.output<typeof OrgImportRowSchema>;
