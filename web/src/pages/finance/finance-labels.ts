import type { ActionLabel } from '../../app/labels';

/** The audit actions the finance module writes, as the timelines and the home page name them. */
export const financeActions: Record<string, ActionLabel> = {
  submit: { zh: '提交国家知识产权局', en: 'Filed with CNIPA' },
  register: { zh: '登记办结', en: 'Registered' },
  refuse: { zh: '不予登记', en: 'Refused' },
  change: { zh: '登记变更', en: 'Changed' },
  release: { zh: '注销质押', en: 'Released' },
  typicalCase: { zh: '典型案例标记', en: 'Typical-case mark' },
  approve: { zh: '批准', en: 'Approved' },
  reject: { zh: '不予批准', en: 'Rejected' },
  withdraw: { zh: '撤回', en: 'Withdrawn' },
  disburse: { zh: '放款', en: 'Disbursed' },
  payOff: { zh: '结清', en: 'Paid off' },
  markDefault: { zh: '认定不良', en: 'Marked in default' },
  reschedule: { zh: '展期/重组', en: 'Rescheduled' },
  writeOff: { zh: '核销', en: 'Written off' },
  repay: { zh: '登记还款', en: 'Repayment recorded' },
  payout: { zh: '代偿支付', en: 'Paid out' },
  queue: { zh: '排队待资金到位', en: 'Queued for funds' },
  recover: { zh: '追偿收回', en: 'Recovery recorded' },
  fund: { zh: '注资', en: 'Funded' },
  review: { zh: '核查', en: 'Checked' },
  publish: { zh: '发布', en: 'Published' },
  close: { zh: '停止受理', en: 'Closed for review' },
  setLpr: { zh: '登记LPR', en: 'LPR recorded' },
};
