import { z } from 'zod';
import { type Liaison, type Member, MeetingModeLabels, MeetingStatusLabels, type MeetingSummary, MemberPositionLabels, type Registration, RegistrationStatusLabels } from '../../../common/conference';
import { AgreementKindLabels, MeetingKindLabels } from '../../../common/conference-report';
import { type Agreement, type Attendee, AttendeeRoleLabels, type AttendeeRole } from '../../../common/conference-records';
import { dateField } from '../../../common/fields';
import { Limits } from '../../../common/limits';
import type { ExportColumn, ImportColumn } from '../../platform/excel';

const instant = (iso: string | null) => (iso ? new Date(iso) : null);

export const MEMBER_COLUMNS: ExportColumn<Member>[] = [
  { header: '序号', width: 8, value: (m) => m.sortOrder },
  { header: '单位', width: 36, value: (m) => m.orgName },
  { header: '职务', width: 12, value: (m) => MemberPositionLabels[m.position].zh },
  { header: '加入日期', width: 12, value: (m) => m.joinedOn },
  { header: '退出日期', width: 12, value: (m) => m.leftOn },
  { header: '联络员', width: 16, value: (m) => m.liaisonName },
  { header: '职责', width: 50, value: (m) => m.duties },
];

export const MEMBER_IMPORT_COLUMNS: ImportColumn[] = [
  { key: 'orgName', header: '单位', required: true, aliases: ['单位名称', '成员单位'], example: '深圳市公安局', note: '系统中已有单位的全称或简称', width: 36 },
  { key: 'position', header: '职务', example: '成员单位', note: '牵头单位 或 成员单位（默认）' },
  { key: 'joinedOn', header: '加入日期', example: '2024-01-01', note: 'YYYY-MM-DD' },
  { key: 'duties', header: '职责', example: '负责知识产权刑事保护', width: 40 },
  { key: 'sortOrder', header: '序号', example: '1' },
];

const positionByLabel: Record<string, 'lead' | 'member'> = { 牵头单位: 'lead', 牵头: 'lead', lead: 'lead', 成员单位: 'member', 成员: 'member', member: 'member' };
export const MemberImportRowSchema = z.object({
  orgName: z.string().trim().min(1).max(Limits.nameMax),
  position: z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return 'member' as const;
      const p = positionByLabel[v];
      if (!p) {
        ctx.addIssue({ code: 'custom', message: `职务应为「牵头单位」或「成员单位」，不是「${v}」` });
        return z.NEVER;
      }
      return p;
    }),
  joinedOn: dateField().optional(),
  duties: z.string().trim().max(Limits.textMax).optional(),
  sortOrder: z.coerce.number().int().min(0).max(9999).optional(),
});

export const LIAISON_COLUMNS: ExportColumn<Liaison>[] = [
  { header: '单位', width: 36, value: (l) => l.orgName },
  { header: '姓名', width: 12, value: (l) => l.name },
  { header: '职务', width: 30, value: (l) => l.title },
  { header: '电话', width: 16, value: (l) => l.phone },
  { header: '邮箱', width: 24, value: (l) => l.email },
  { header: '任期开始', width: 12, value: (l) => l.termStart },
  { header: '任期结束', width: 12, value: (l) => l.termEnd },
  { header: '在任', width: 8, value: (l) => (l.current ? '是' : '否') },
];

export const MEETING_COLUMNS: ExportColumn<MeetingSummary>[] = [
  { header: '会议名称', width: 44, value: (m) => m.title },
  { header: '类型', width: 12, value: (m) => MeetingKindLabels[m.kind].zh },
  { header: '开始时间', width: 20, value: (m) => instant(m.startsAt) },
  { header: '结束时间', width: 20, value: (m) => instant(m.endsAt) },
  { header: '地点', width: 30, value: (m) => m.venue },
  { header: '形式', width: 14, value: (m) => MeetingModeLabels[m.mode].zh },
  { header: '行政区划', width: 24, value: (m) => m.regionName },
  { header: '名额', width: 8, value: (m) => m.capacity },
  { header: '已报名', width: 8, value: (m) => m.registered },
  { header: '候补', width: 8, value: (m) => m.waitlisted },
  { header: '状态', width: 10, value: (m) => MeetingStatusLabels[m.status].zh },
];

export const REGISTRATION_COLUMNS: ExportColumn<Registration>[] = [
  { header: '姓名', width: 14, value: (r) => r.name },
  { header: '职务', width: 30, value: (r) => r.title },
  { header: '单位', width: 36, value: (r) => r.orgName },
  { header: '状态', width: 10, value: (r) => RegistrationStatusLabels[r.status].zh },
  { header: '候补序号', width: 10, value: (r) => r.waitlistPosition },
  { header: '签到码', width: 10, value: (r) => r.code },
  { header: '报名时间', width: 20, value: (r) => instant(r.registeredAt) },
  { header: '签到时间', width: 20, value: (r) => instant(r.checkedInAt) },
];

export const ATTENDEE_COLUMNS: ExportColumn<Attendee>[] = [
  { header: '姓名', width: 14, value: (a) => a.name },
  { header: '职务（时任）', width: 40, value: (a) => a.title },
  { header: '单位', width: 36, value: (a) => a.orgName },
  { header: '身份', width: 12, value: (a) => AttendeeRoleLabels[a.role].zh },
  { header: '线上参会', width: 10, value: (a) => (a.online ? '是' : '否') },
];

export const ATTENDEE_IMPORT_COLUMNS: ImportColumn[] = [
  { key: 'name', header: '姓名', required: true, example: '蔡英权' },
  { key: 'title', header: '职务（时任）', aliases: ['职务', '时任职务'], example: '市市场监管局（知识产权局）党组书记、局长', width: 40 },
  { key: 'orgName', header: '单位', example: '深圳市市场监督管理局（深圳市知识产权局）', width: 36 },
  { key: 'role', header: '身份', example: '出席领导', note: `${Object.values(AttendeeRoleLabels).map((l) => l.zh).join('、')}（默认 参会人员）` },
  { key: 'online', header: '线上参会', example: '否', note: '是 / 否' },
];

const roleByLabel = new Map<string, AttendeeRole>(Object.entries(AttendeeRoleLabels).flatMap(([k, l]) => [[l.zh, k as AttendeeRole], [k, k as AttendeeRole]]));
export const AttendeeImportRowSchema = z.object({
  name: z.string().trim().min(1).max(Limits.personNameMax, `不能超过${Limits.personNameMax}个字符`),
  title: z.string().trim().max(Limits.titleMax, `不能超过${Limits.titleMax}个字符`).optional(),
  orgName: z.string().trim().max(Limits.nameMax).optional(),
  role: z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return 'attendee' as const;
      const r = roleByLabel.get(v);
      if (!r) {
        ctx.addIssue({ code: 'custom', message: `未知身份「${v}」` });
        return z.NEVER;
      }
      return r;
    }),
  online: z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v || v === '否') return false;
      if (v === '是') return true;
      ctx.addIssue({ code: 'custom', message: '应填写「是」或「否」' });
      return z.NEVER;
    }),
});
export type AttendeeImportRow = z.output<typeof AttendeeImportRowSchema>;

export const AGREEMENT_COLUMNS: ExportColumn<Agreement>[] = [
  { header: '协议名称', width: 50, value: (a) => `《${a.title}》` },
  { header: '类型', width: 12, value: (a) => AgreementKindLabels[a.kind].zh },
  { header: '签署日期', width: 12, value: (a) => a.signedOn },
  { header: '签约各方', width: 60, value: (a) => a.parties.map((p) => p.name + (p.signer ? `（${p.signer}）` : '')).join('；') },
  { header: '签约会议', width: 40, value: (a) => a.meetingTitle },
  { header: '行政区划', width: 24, value: (a) => a.regionName },
];
