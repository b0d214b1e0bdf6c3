/**
 * What the demo city's conference year is made of, taken from two published reports (copied here so
 * nothing at run time reads outside the repository):
 * - 2024-04-25, 中国知识产权资讯网: 深圳召开2024年深圳市知识产权工作会议暨知识产权联席会议;
 * - 2022-04-26, 中国质量新闻网: 2022年坪山区知识产权峰会 (the original is in traditional script).
 * Units and liaisons the reports do not name are marked 示例 where they are invented.
 */

/** Member units added to the demo city beyond the organisations of the org demo. */
export const EXTRA_UNITS = [
  { key: 'science', name: '深圳市科技创新局', shortName: '市科技创新局', kind: 'memberUnit' },
  { key: 'industry', name: '深圳市工业和信息化局', shortName: '市工业和信息化局', kind: 'memberUnit' },
  { key: 'procuratorate', name: '深圳市人民检察院', shortName: '市检察院', kind: 'procuratorate' },
  { key: 'commerce', name: '深圳市商务局', shortName: '市商务局', kind: 'memberUnit' },
  { key: 'culture', name: '深圳市文化广电旅游体育局', shortName: '市文化广电旅游体育局', kind: 'memberUnit' },
] as const;
export type ExtraUnitKey = (typeof EXTRA_UNITS)[number]['key'];

/** Member units of 深圳市知识产权联席会议 (keys of DEMO_ORGS or EXTRA_UNITS) with their liaison (names invented). */
export const MEMBERS: { org: string; position: 'lead' | 'member'; duties: string; liaison: string; liaisonTitle: string }[] = [
  { org: 'ipOffice', position: 'lead', duties: '联席会议办公室设在市市场监管局（知识产权局），负责日常工作', liaison: '张宁', liaisonTitle: '知识产权促进处二级主任科员（示例）' },
  { org: 'police', position: 'member', duties: '知识产权刑事保护，侵权假冒犯罪打击', liaison: '周明', liaisonTitle: '知识产权工作联络员' },
  { org: 'customs', position: 'member', duties: '知识产权海关保护', liaison: '陈思远', liaisonTitle: '法规处科长（示例）' },
  { org: 'cityCourt', position: 'member', duties: '知识产权司法保护，诉调对接', liaison: '刘婧', liaisonTitle: '知识产权庭法官助理（示例）' },
  { org: 'procuratorate', position: 'member', duties: '知识产权检察综合履职', liaison: '孙悦', liaisonTitle: '知识产权检察办公室检察官助理（示例）' },
  { org: 'justiceBureau', position: 'member', duties: '知识产权纠纷人民调解，法治宣传', liaison: '黄磊', liaisonTitle: '人民参与和促进法治处科长（示例）' },
  { org: 'science', position: 'member', duties: '科技成果转化，专利转化运用', liaison: '吴倩', liaisonTitle: '成果转化处科员（示例）' },
  { org: 'industry', position: 'member', duties: '产业知识产权协同发展', liaison: '郑凯', liaisonTitle: '产业发展处科长（示例）' },
  { org: 'commerce', position: 'member', duties: '涉外知识产权，深港合作', liaison: '何静', liaisonTitle: '对外贸易处科员（示例）' },
  { org: 'culture', position: 'member', duties: '版权保护', liaison: '梁晨', liaisonTitle: '版权管理处科员（示例）' },
  { org: 'youthLeague', position: 'member', duties: '知识产权志愿服务（“知助”行动）', liaison: '许诺', liaisonTitle: '青年发展部干部（示例）' },
  { org: 'longgangGov', position: 'member', duties: '龙岗区知识产权工作', liaison: '邓峰', liaisonTitle: '区政府办公室科长（示例）' },
  { org: 'pingshanGov', position: 'member', duties: '坪山区知识产权工作', liaison: '罗敏', liaisonTitle: '区政府办公室科员（示例）' },
];

/**
 * Pingshan's own joint conference, whose member units seed 000 names at the 2022 summit
 * (区知识产权联席会议成员单位): the district government, the Pingshan bureau as its office, the court,
 * the procuratorate and the district's mediation committee.
 */
export const PINGSHAN_MEMBERS = [
  { org: 'pingshanGov', position: 'lead', duties: '统筹全区知识产权工作', liaison: '罗敏', liaisonTitle: '区政府办公室科员（示例）' },
  { org: 'pingshanBureau', position: 'member', duties: '联席会议办公室日常工作，知识产权行政保护', liaison: '刘洋', liaisonTitle: '知识产权科科员（示例）' },
  { org: 'pingshanCourt', position: 'member', duties: '知识产权审判，诉调对接', liaison: '林晓', liaisonTitle: '知识产权工作联络员' },
  { org: 'pingshanProcuratorate', position: 'member', duties: '知识产权检察，企业合规', liaison: '陈思远', liaisonTitle: '第四检察部检察官助理（示例）' },
  { org: 'mediationPingshan', position: 'member', duties: '知识产权纠纷人民调解', liaison: '陈静', liaisonTitle: '专职调解员（示例）' },
] as const;

export const PLENARY = {
  title: '2024年深圳市知识产权工作会议暨知识产权联席会议',
  startsAt: '2024-04-25T09:30:00+08:00',
  endsAt: '2024-04-25T11:30:00+08:00',
  theme: '全面总结2023年知识产权工作，部署2024年知识产权重点任务',
  summary:
    '会议全面总结深圳市2023年知识产权工作成绩，部署2024年知识产权重点任务。会上为福田、南山、宝安、龙岗、光明5个区颁发2024年国家知识产权强县建设试点示范县特色项目任务书；市市场监管局（知识产权局）和团市委正式启动知识产权志愿者“知助”行动；成员单位代表深圳市公安局、龙岗区政府，市政协委员王雪作了发言；发布深圳市2023年知识产权白皮书、知识产权十大事件、知识产权质押融资典型案例及知识产权数据统计分析报告。',
  agenda: [
    { title: '主持会议', speaker: '李军', durationMinutes: 5 },
    { title: '颁发2024年国家知识产权强县建设试点示范县特色项目任务书（福田、南山、宝安、龙岗、光明）', speaker: '蔡英权', durationMinutes: 10 },
    { title: '启动知识产权志愿者“知助”行动', speaker: '市市场监管局（知识产权局）、团市委', durationMinutes: 10 },
    {
      title: '成员单位代表发言',
      durationMinutes: 30,
      children: [
        { title: '深圳市公安局发言', speaker: '深圳市公安局', durationMinutes: 10 },
        { title: '龙岗区政府发言', speaker: '龙岗区政府', durationMinutes: 10 },
        { title: '市政协委员发言', speaker: '王雪', durationMinutes: 10 },
      ],
    },
    { title: '观看2023年度深圳市知识产权工作宣传片', durationMinutes: 8 },
    {
      title: '发布2023年知识产权成果',
      durationMinutes: 15,
      children: [
        { title: '深圳市2023年知识产权白皮书' },
        { title: '知识产权十大事件' },
        { title: '知识产权质押融资典型案例' },
        { title: '知识产权数据统计分析报告' },
      ],
    },
    { title: '讲话', speaker: '蔡英权', durationMinutes: 30 },
  ],
  attendees: [
    { name: '蔡英权', title: '市知识产权联席会议办公室主任、市市场监管局（知识产权局）党组书记、局长', org: 'ipOffice', role: 'leader' },
    { name: '饶一鸣', title: '中国共产主义青年团深圳市委员会副书记', org: 'youthLeague', role: 'leader' },
    { name: '李军', title: '市知识产权联席会议办公室副主任、市市场监管局（知识产权局）党组成员、副局长', org: 'ipOffice', role: 'chair' },
    { name: '方灿宇', title: '市党代表', org: null, role: 'guest' },
    { name: '陈雄英', title: '市人大代表', org: null, role: 'guest' },
    { name: '朱焕启', title: '市人大代表', org: null, role: 'guest' },
    { name: '王雪', title: '市政协委员', org: null, role: 'speaker' },
    { name: '周海斌', title: '市政协委员', org: null, role: 'guest' },
    { name: '李飞', title: '市政协委员', org: null, role: 'guest' },
    { name: '蔡翘梧', title: '市政协委员', org: null, role: 'guest' },
  ] as { name: string; title: string; org: string | null; role: 'leader' | 'chair' | 'speaker' | 'attendee' | 'guest' }[],
  minutes:
    '2024年4月25日，深圳市召开2024年深圳市知识产权工作会议暨知识产权联席会议。会议由市知识产权联席会议办公室副主任李军主持。\n会议听取了2023年全市知识产权工作情况：国家知识产权行政保护绩效考核连续四年获评优秀；全市国内专利授权量23.51万件，商标注册量24.97万件，居全国第一；每亿元GDP专利产出量6.79件；每万人口高价值发明专利拥有量98.36件；PCT国际专利申请量1.59万件，连续20年居全国大中城市首位。\n会议议定：联席会议各成员单位坚持从以下四方面全力做好2024年知识产权强市、保护示范区建设工作（见议定事项）。',
  resolutions: [
    '聚焦发展新质生产力和推进新型工业化，健全产业知识产权协同发展机制',
    '聚焦推动重大国家战略落地落实，打造前海、河套深港知识产权创新高地',
    '聚焦打造具有深圳特点和深圳优势的现代化产业体系，深入实施专利转化运用专项行动',
    '聚焦打造国际一流营商环境和创新环境，高规格推进国家知识产权保护示范区建设',
  ],
  documents: [
    { kind: 'whitePaper', title: '深圳市2023年知识产权白皮书' },
    { kind: 'topTen', title: '深圳市2023年知识产权十大事件' },
    { kind: 'typicalCases', title: '深圳市知识产权质押融资典型案例' },
    { kind: 'report', title: '深圳市2023年知识产权数据统计分析报告' },
    { kind: 'video', title: '2023年度深圳市知识产权工作宣传片' },
  ] as { kind: 'whitePaper' | 'topTen' | 'typicalCases' | 'report' | 'video'; title: string }[],
};

/** The 2022 Pingshan summit, as the reported-meeting contract receives it (names in simplified script). */
export const PINGSHAN_SUMMIT = {
  title: '2022年坪山区知识产权峰会',
  kind: 'summit' as const,
  startsAt: '2022-04-26T14:30:00+08:00',
  regionCode: '440310',
  mode: 'hybrid' as const,
  theme: '保护知识产权 激发创新动能',
  attendeeCount: 40,
  onlineAudience: 62000,
  summary:
    '峰会以线上线下相结合的方式举办，主题为“保护知识产权 激发创新动能”。区知识产权联席会议成员单位、区重点企业代表、媒体代表等40余人参加，线上参会人数达6.2万人次。成果发布环节举行了签约和中国（深圳）知识产权保护中心坪山分窗口揭牌仪式。已连续召开六届的坪山区知识产权峰会是坪山区知识产权宣传的品牌项目。',
  orgs: [
    { role: 'host' as const, name: '深圳市坪山区人民政府' },
    { role: 'organiser' as const, name: '深圳市市场监督管理局坪山监管局' },
    { role: 'organiser' as const, name: '坪山区委政法委员会' },
    { role: 'coOrganiser' as const, name: '市专利协会' },
    { role: 'coOrganiser' as const, name: '坪山区法学会' },
  ],
  attendees: [
    { name: '王利峰', title: '深圳市市场监督管理局党组成员、市食品药品安全总监', orgName: '深圳市市场监督管理局（深圳市知识产权局）' },
    { name: '袁虎勇', title: '坪山区委常委、常务副区长', orgName: '深圳市坪山区人民政府' },
    { name: '金良富', title: '坪山区副区长', orgName: '深圳市坪山区人民政府' },
    { name: '金闻秀', title: '坪山区人民法院院长', orgName: '深圳市坪山区人民法院' },
    { name: '李荣斌', title: '坪山区人民检察院检察长', orgName: '深圳市坪山区人民检察院' },
    { name: '谢红', title: '省知识产权保护中心副主任（线上致辞）', orgName: null },
    { name: '陈汉杰', title: '深圳市市场监管局坪山监管局局长', orgName: '深圳市市场监督管理局坪山监管局' },
    { name: '李富忠', title: '坪山监管局副局长', orgName: '深圳市市场监督管理局坪山监管局' },
    { name: '宋柳平', title: '特邀演讲嘉宾（华为知识产权战略布局）', orgName: null },
    { name: '许云凤', title: '特邀演讲嘉宾（新能源领域IP争议热点及创新保护）', orgName: null },
    { name: '冉凌初', title: '特邀演讲嘉宾（坪山区知识产权犯罪情况分析）', orgName: null },
    { name: '熊永强', title: '特邀演讲嘉宾（高价值专利的布局与管理）', orgName: null },
  ],
  agreements: [
    { title: '市市场监督管理局坪山监管局与坪山区人民法院知识产权诉调对接框架协议', kind: 'framework' as const, parties: ['深圳市市场监督管理局坪山监管局', '深圳市坪山区人民法院'] },
    { title: '市市场监督管理局坪山监管局与坪山区人民检察院建立知识产权合规机制备忘录', kind: 'memorandum' as const, parties: ['深圳市市场监督管理局坪山监管局', '深圳市坪山区人民检察院'] },
  ],
  unveilings: [{ what: '中国（深圳）知识产权保护中心坪山分窗口', by: ['王利峰', '袁虎勇'] }],
};
