import type { Registration } from '../../../common/services';
import { RegistrationKindLabels, RegistrationStatusLabels, VerifyChannelLabels } from '../../../common/services';
import type { ExportColumn } from '../../platform/excel';

/** The office's export of self-registrations. */
export const REGISTRATION_EXPORT_COLUMNS: ExportColumn<Registration>[] = [
  { header: '申请时间', width: 20, value: (r) => r.createdAt },
  { header: '类型', width: 8, value: (r) => RegistrationKindLabels[r.kind].zh },
  { header: '名称', width: 34, value: (r) => r.name },
  { header: '统一社会信用代码', width: 22, kind: 'text', value: (r) => r.creditCode },
  { header: '所在区划', width: 10, kind: 'text', value: (r) => r.regionCode },
  { header: '联系人', width: 12, value: (r) => r.contactName },
  { header: '验证方式', width: 10, value: (r) => VerifyChannelLabels[r.channel].zh },
  { header: '手机或邮箱', width: 24, kind: 'text', value: (r) => r.target },
  { header: '用户名', width: 18, kind: 'text', value: (r) => r.username },
  { header: '状态', width: 10, value: (r) => RegistrationStatusLabels[r.status].zh },
  { header: '自动通过', width: 10, value: (r) => (r.automatic ? '是' : '否') },
  { header: '代码已被使用', width: 30, value: (r) => r.duplicateOfName },
  { header: '审核意见', width: 30, value: (r) => r.reviewNote },
  { header: '审核人', width: 12, value: (r) => r.reviewedByName },
];
