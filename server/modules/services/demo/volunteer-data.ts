import type { VolunteerEnrol, VolunteerRequestCreate } from '../../../../common/services-volunteer';
import type { OverseasCaseCreate, OverseasCaseUpdate } from '../../../../common/services-overseas';

/**
 * The 知助 volunteers enrolled since the launch at the city's IP work conference of 25 April 2024
 * (seed 002: the IP office and the Youth League "正式启动知识产权志愿者'知助'行动"). Names and firms
 * are made up; the mix follows what such teams are made of: lawyers, patent agents, university
 * students and retired examiners. `vet` is how the office decided; `account` gives them a sign-in.
 */
export const DEMO_VOLUNTEERS: (VolunteerEnrol & { key: string; vet: 'approved' | 'applied' | 'rejected' | 'suspended'; username: string })[] = [
  { key: 'hesy', username: 'volunteer', name: '何思远', kind: 'patentAgent', affiliation: '深圳市鹏知知识产权代理事务所（示例）', phone: '13823710426', skills: ['patent', 'overseas', 'licensing'], languages: ['en', 'de'], districts: ['440310', '440307'], availability: '工作日晚间、周六全天', weeklyHours: 6, vet: 'approved' },
  { key: 'linwj', username: 'zz_linwenjing', name: '林文静', kind: 'lawyer', affiliation: '广东华商律师事务所（示例）', phone: '13902261538', skills: ['overseas', 'litigation', 'trademark'], languages: ['en'], districts: ['440300'], availability: '工作日午间可电话咨询', weeklyHours: 4, vet: 'approved' },
  { key: 'chenhy', username: 'zz_chenhaiyang', name: '陈海洋', kind: 'lawyer', affiliation: '北京市中伦（深圳）律师事务所（示例）', phone: '13760387215', skills: ['overseas', 'litigation', 'tradeSecret'], languages: ['en', 'ja'], districts: ['440304', '440305'], availability: '周末', weeklyHours: 3, vet: 'approved' },
  { key: 'zhaoml', username: 'zz_zhaominglu', name: '赵明璐', kind: 'patentAgent', affiliation: '深圳市顺天达专利商标代理有限公司（示例）', phone: '13510928643', skills: ['patent', 'licensing'], languages: [], districts: ['440306', '440311'], availability: '工作日下午', weeklyHours: 5, vet: 'approved' },
  { key: 'wuzh', username: 'zz_wuzihan', name: '吴梓涵', kind: 'student', affiliation: '深圳大学法学院', phone: '15889647302', skills: ['copyright', 'trademark'], languages: ['en'], districts: ['440305'], availability: '周二、周四下午，寒暑假全天', weeklyHours: 8, vet: 'approved' },
  { key: 'huangjq', username: 'zz_huangjiaqi', name: '黄嘉琪', kind: 'student', affiliation: '深圳技术大学', phone: '15013847695', skills: ['patent'], languages: ['en'], districts: ['440310'], availability: '周三下午、周末', weeklyHours: 6, vet: 'approved' },
  { key: 'zhangwg', username: 'zz_zhangweiguo', name: '张卫国', kind: 'retiredExaminer', affiliation: '国家知识产权局专利局专利审查协作广东中心（退休）', phone: '13603005871', skills: ['patent', 'overseas'], languages: ['en'], districts: ['440300'], availability: '工作日上午', weeklyHours: 10, vet: 'approved' },
  { key: 'liusl', username: 'zz_liushulan', name: '刘淑兰', kind: 'retiredExaminer', affiliation: '国家知识产权局商标局（退休）', phone: '13924610358', skills: ['trademark'], languages: [], districts: ['440303', '440304'], availability: '工作日全天', weeklyHours: 12, vet: 'approved' },
  { key: 'zhengk', username: 'zz_zhengkai', name: '郑凯', kind: 'lawyer', affiliation: '广东信达律师事务所（示例）', phone: '13828749160', skills: ['tradeSecret', 'litigation'], languages: [], districts: ['440306', '440305'], availability: '周六上午', weeklyHours: 3, vet: 'approved' },
  { key: 'sunyt', username: 'zz_sunyuting', name: '孙雨婷', kind: 'patentAgent', affiliation: '深圳市威世博知识产权代理事务所（示例）', phone: '13631582407', skills: ['patent', 'overseas'], languages: ['en', 'ko'], districts: ['440307', '440310'], availability: '工作日晚间', weeklyHours: 4, vet: 'approved' },
  { key: 'xujh', username: 'zz_xujunhui', name: '徐俊辉', kind: 'lawyer', affiliation: '广东卓建律师事务所（示例）', phone: '13798326514', skills: ['finance', 'licensing'], languages: ['en'], districts: ['440304'], availability: '周五下午', weeklyHours: 2, vet: 'approved' },
  { key: 'maxy', username: 'zz_maxinyi', name: '马欣怡', kind: 'student', affiliation: '香港中文大学（深圳）', phone: '18926047731', skills: ['copyright', 'overseas'], languages: ['en', 'fr'], districts: ['440307'], availability: '周末', weeklyHours: 6, vet: 'approved' },
  { key: 'guoh', username: 'zz_guohao', name: '郭浩', kind: 'patentAgent', affiliation: '深圳中一联合知识产权代理有限公司（示例）', phone: '13537290846', skills: ['patent', 'licensing', 'finance'], languages: [], districts: ['440311', '440306'], availability: '工作日全天（需提前一天预约）', weeklyHours: 5, vet: 'approved' },
  { key: 'yangf', username: 'zz_yangfan', name: '杨帆', kind: 'lawyer', affiliation: '北京市金杜（深圳）律师事务所（示例）', phone: '13316548027', skills: ['overseas', 'litigation'], languages: ['en', 'es'], districts: ['440305', '440300'], availability: '周末可线上', weeklyHours: 2, vet: 'approved' },
  { key: 'luoxm', username: 'zz_luoxiaomei', name: '罗晓梅', kind: 'retiredExaminer', affiliation: '广东省知识产权保护中心（退休）', phone: '13714093268', skills: ['patent', 'tradeSecret'], languages: [], districts: ['440310', '440309'], availability: '周一至周四', weeklyHours: 10, vet: 'approved' },
  { key: 'caiyz', username: 'zz_caiyize', name: '蔡亦泽', kind: 'student', affiliation: '南方科技大学', phone: '15112389074', skills: ['patent', 'copyright'], languages: ['en', 'ja'], districts: ['440305'], availability: '周三、周五晚间', weeklyHours: 4, vet: 'approved' },
  { key: 'dengqr', username: 'zz_dengqingrong', name: '邓清荣', kind: 'lawyer', affiliation: '广东深天成律师事务所（示例）', phone: '13480657329', skills: ['trademark', 'litigation'], languages: ['vi'], districts: ['440306', '440311'], availability: '工作日晚间', weeklyHours: 3, vet: 'approved' },
  { key: 'fengyl', username: 'zz_fengyulin', name: '冯雨霖', kind: 'patentAgent', affiliation: '深圳市科进知识产权代理事务所（示例）', phone: '13590217483', skills: ['patent', 'overseas'], languages: ['en', 'de'], districts: ['440311'], availability: '周二、周四全天', weeklyHours: 6, vet: 'approved' },
  { key: 'tangjw', username: 'zz_tangjiawei', name: '唐嘉伟', kind: 'other', affiliation: '深圳市知识产权联合会', phone: '13751286690', skills: ['finance', 'licensing'], languages: [], districts: ['440300'], availability: '工作日', weeklyHours: 4, vet: 'approved' },
  { key: 'zhoumy', username: 'zz_zhoumengyao', name: '周梦瑶', kind: 'student', affiliation: '清华大学深圳国际研究生院', phone: '18820935516', skills: ['patent', 'overseas'], languages: ['en', 'ru'], districts: ['440305', '440304'], availability: '周末', weeklyHours: 5, vet: 'approved' },
  { key: 'hanzy', username: 'zz_hanziyu', name: '韩子昱', kind: 'student', affiliation: '深圳职业技术大学', phone: '15986273041', skills: ['trademark', 'copyright'], languages: [], districts: ['440307'], availability: '周一、周三下午', weeklyHours: 6, vet: 'applied' },
  { key: 'qiansy', username: 'zz_qianshuyi', name: '钱舒仪', kind: 'lawyer', affiliation: '广东诚公律师事务所（示例）', phone: '13684952037', skills: ['tradeSecret', 'overseas'], languages: ['en'], districts: ['440304'], availability: '周六', weeklyHours: 3, vet: 'applied' },
  { key: 'panjl', username: 'zz_panjunlong', name: '潘俊龙', kind: 'patentAgent', affiliation: '深圳市隆天联鼎知识产权代理有限公司（示例）', phone: '13827619504', skills: ['patent'], languages: ['ja'], districts: ['440306'], availability: '工作日晚间', weeklyHours: 4, vet: 'applied' },
  { key: 'wangzq', username: 'zz_wangzhiqiang', name: '王志强', kind: 'other', affiliation: '深圳市某科技咨询有限公司（示例）', phone: '13926470815', skills: ['finance'], languages: [], districts: ['440300'], availability: '随时', weeklyHours: 20, vet: 'rejected' },
  { key: 'lijy', username: 'zz_lijingyi', name: '李靖怡', kind: 'lawyer', affiliation: '广东国晖律师事务所（示例）', phone: '13509873216', skills: ['trademark', 'litigation'], languages: ['ko'], districts: ['440303'], availability: '周末', weeklyHours: 2, vet: 'suspended' },
];

/** The enterprises that post requests (made-up Shenzhen firms of the demo, marked 示例). */
export const DEMO_REQUEST_FIRMS: { key: string; name: string; shortName: string; region: string; contact: string }[] = [
  { key: 'storage', name: '深圳市坪山储能电池科技有限公司（示例）', shortName: '坪山储能', region: '440310', contact: '周晓峰' },
  { key: 'drone', name: '深圳市南山翼飞无人机有限公司（示例）', shortName: '翼飞无人机', region: '440305', contact: '梁思琪' },
  { key: 'led', name: '深圳市宝安光芯照明科技有限公司（示例）', shortName: '光芯照明', region: '440306', contact: '黄志明' },
  { key: 'apparel', name: '深圳市龙岗织梦服饰有限公司（示例）', shortName: '织梦服饰', region: '440307', contact: '曾美玲' },
  { key: 'medical', name: '深圳市光明康瑞医疗器械有限公司（示例）', shortName: '康瑞医疗', region: '440311', contact: '邱文杰' },
  { key: 'games', name: '深圳市福田星河互娱科技有限公司（示例）', shortName: '星河互娱', region: '440304', contact: '钟子豪' },
  { key: 'tea', name: '深圳市罗湖茗香茶业有限公司（示例）', shortName: '茗香茶业', region: '440303', contact: '叶丽华' },
  { key: 'robot', name: '深圳市龙华智擎机器人有限公司（示例）', shortName: '智擎机器人', region: '440309', contact: '彭振宇' },
];

/** The states the demo's requests end in, so that every page has something to show. */
export type DemoRequestEnd = 'open' | 'offered' | 'declined' | 'accepted' | 'reported' | 'signedIn' | 'approved' | 'completed' | 'rated' | 'cancelled';

/** Thirty requests: what the enterprises asked, and where each one has got to. `by` names the volunteer who takes it. */
export const DEMO_REQUESTS: (VolunteerRequestCreate & { firm: string; end: DemoRequestEnd; by?: string; rating?: number; comment?: string })[] = [
  { firm: 'storage', end: 'rated', by: 'hesy', rating: 5, comment: '何老师对德国专利的分析很到位，帮我们避开了风险', title: '出口德国前的储能电池专利自由实施（FTO）初步排查', need: '产品计划明年进入德国市场，希望志愿者帮助梳理欧洲同类电池管理专利，判断是否存在明显侵权风险。', skill: 'overseas', language: 'de', urgency: 'normal', districtCode: '440310' },
  { firm: 'storage', end: 'accepted', by: 'hesy', title: '电池热管理发明专利申请文件撰写指导', need: '研发部门完成了一项液冷热管理方案，想请专利代理师指导如何撰写权利要求。', skill: 'patent', language: null, urgency: 'normal', districtCode: '440310' },
  { firm: 'storage', end: 'offered', by: 'hesy', title: '美国经销商要求签署专利许可协议，需审阅条款', need: '美国经销商发来英文专利许可协议草案，涉及许可费和地域范围，希望有人帮忙审阅。', skill: 'licensing', language: 'en', urgency: 'urgent', districtCode: '440310' },
  { firm: 'drone', end: 'rated', by: 'chenhy', rating: 5, comment: '陈律师连夜看材料，回复非常及时', title: '收到日本企业警告函，指控无人机云台侵犯其专利', need: '日本某企业通过律师发来日文警告函，要求停止在日本销售。希望了解应对步骤和期限。', skill: 'overseas', language: 'ja', urgency: 'critical', districtCode: '440305' },
  { firm: 'drone', end: 'approved', by: 'caiyz', title: '无人机飞控软件著作权登记材料准备', need: '三款飞控软件需要办理著作权登记，希望学生志愿者协助整理源代码和说明书。', skill: 'copyright', language: null, urgency: 'normal', districtCode: '440305' },
  { firm: 'drone', end: 'completed', by: 'zhoumy', title: '美国专利检索与对比分析', need: '准备申请美国专利前，希望先做一次现有技术检索，看看新颖性。', skill: 'patent', language: 'en', urgency: 'normal', districtCode: '440305' },
  { firm: 'led', end: 'rated', by: 'zhaoml', rating: 4, comment: '讲解清楚，材料再细一点会更好', title: '照明模组实用新型专利申请咨询', need: '新开发的灯珠散热结构，想了解申请实用新型还是发明更合适。', skill: 'patent', language: null, urgency: 'normal', districtCode: '440306' },
  { firm: 'led', end: 'reported', by: 'guoh', title: '专利质押融资材料准备', need: '企业有12件有效专利，想申请知识产权质押贷款，需要帮助梳理专利清单和评估材料。', skill: 'finance', language: null, urgency: 'normal', districtCode: '440306' },
  { firm: 'led', end: 'declined', title: '越南市场商标注册咨询', need: '产品准备进入越南，想了解越南商标注册流程和需要的时间。', skill: 'trademark', language: 'vi', urgency: 'normal', districtCode: '440306' },
  { firm: 'apparel', end: 'rated', by: 'maxy', rating: 5, comment: '帮我们用法语和展会主办方沟通，效率很高', title: '巴黎服装展上被投诉图案侵权，展品被要求撤下', need: '参加巴黎展会时被一家法国公司投诉印花图案侵犯版权，现场被要求撤展，需紧急了解应对办法。', skill: 'overseas', language: 'fr', urgency: 'critical', districtCode: '440307' },
  { firm: 'apparel', end: 'signedIn', by: 'wuzh', title: '服装设计图案版权登记与维权证据固定', need: '网店出现大量仿冒我司图案的商品，希望有人到公司指导固定证据。', skill: 'copyright', language: null, urgency: 'urgent', districtCode: '440307' },
  { firm: 'apparel', end: 'open', title: '跨境电商平台商标投诉应对', need: '亚马逊店铺被投诉商标侵权导致下架，希望了解申诉流程。', skill: 'trademark', language: 'en', urgency: 'urgent', districtCode: '440307' },
  { firm: 'medical', end: 'rated', by: 'fengyl', rating: 5, comment: '冯老师对欧洲专利很熟悉，给出的方案可操作', title: '医疗器械进入欧盟前的专利布局建议', need: '新一代血氧仪准备申请CE认证，希望同步规划欧洲专利申请。', skill: 'overseas', language: 'en', urgency: 'normal', districtCode: '440311' },
  { firm: 'medical', end: 'reported', by: 'guoh', title: '专利许可费定价咨询', need: '一家上海企业希望获得我司两项专利的普通许可，想了解许可费一般如何定价。', skill: 'licensing', language: null, urgency: 'normal', districtCode: '440311' },
  { firm: 'medical', end: 'cancelled', title: '员工离职带走技术资料，如何保护商业秘密', need: '一名研发人员离职后到竞争对手任职，怀疑带走了图纸。企业已自行委托律师，撤回本求助。', skill: 'tradeSecret', language: null, urgency: 'urgent', districtCode: '440311' },
  { firm: 'games', end: 'completed', by: 'linwj', title: '游戏美术素材被境外网站盗用', need: '我司游戏角色原画被一家境外网站大量使用，想了解跨境维权途径。', skill: 'overseas', language: 'en', urgency: 'normal', districtCode: '440304' },
  { firm: 'games', end: 'approved', by: 'xujh', title: '游戏版权质押融资可行性咨询', need: '想用游戏软件著作权申请质押贷款，不清楚银行是否接受、估值怎么做。', skill: 'finance', language: null, urgency: 'normal', districtCode: '440304' },
  { firm: 'games', end: 'offered', by: 'chenhy', title: '核心代码疑似被前员工泄露', need: '新上线的竞品游戏与我司未公开版本高度相似，怀疑源代码泄露，想了解商业秘密维权取证。', skill: 'tradeSecret', language: null, urgency: 'urgent', districtCode: '440304' },
  { firm: 'tea', end: 'rated', by: 'liusl', rating: 5, comment: '刘老师讲解商标分类非常耐心', title: '茶叶品牌商标注册类别选择', need: '准备注册新的茶叶品牌，不清楚应注册哪些类别，也担心与已有商标近似。', skill: 'trademark', language: null, urgency: 'normal', districtCode: '440303' },
  { firm: 'tea', end: 'open', title: '茶叶包装外观设计专利申请', need: '新设计的礼盒包装想申请外观设计专利，需要了解申请材料。', skill: 'patent', language: null, urgency: 'normal', districtCode: '440303' },
  { firm: 'tea', end: 'accepted', by: 'liusl', title: '商标在马来西亚被抢注的应对', need: '发现我司茶叶商标在马来西亚被当地经销商抢先注册，想了解异议或撤销的途径。', skill: 'trademark', language: null, urgency: 'urgent', districtCode: '440303' },
  { firm: 'robot', end: 'rated', by: 'luoxm', rating: 4, comment: '罗老师经验丰富，建议很实用', title: '机器人关节减速器发明专利审查意见答复', need: '收到第一次审查意见通知书，审查员认为创造性不足，希望有经验的志愿者指导答复。', skill: 'patent', language: null, urgency: 'urgent', districtCode: '440309' },
  { firm: 'robot', end: 'offered', by: 'yangf', title: '墨西哥客户被当地竞争对手起诉，我司作为供应商如何应对', need: '墨西哥客户销售我司机器人被起诉专利侵权，客户要求我司提供技术说明和担保，需了解风险。', skill: 'overseas', language: 'es', urgency: 'urgent', districtCode: '440309' },
  { firm: 'robot', end: 'completed', by: 'zhengk', title: '与合作高校的技术秘密保护条款', need: '和高校合作研发协议中的保密和成果归属条款，希望律师帮忙看看。', skill: 'tradeSecret', language: null, urgency: 'normal', districtCode: '440309' },
  { firm: 'storage', end: 'declined', title: '韩国展会参展前的知识产权风险排查', need: '下月参加首尔电池展，想提前排查展品可能涉及的韩国专利，并准备展会应急预案。', skill: 'overseas', language: 'ko', urgency: 'urgent', districtCode: '440310' },
  { firm: 'drone', end: 'open', title: '无人机外观设计在欧盟被仿冒', need: '发现欧盟市场有产品仿冒我司无人机外观，想了解欧盟外观设计保护和维权途径。', skill: 'overseas', language: 'en', urgency: 'normal', districtCode: '440305' },
  { firm: 'led', end: 'cancelled', title: '商标续展办理咨询', need: '公司主商标即将到期，想了解续展流程。已通过代理机构办理，撤回求助。', skill: 'trademark', language: null, urgency: 'normal', districtCode: '440306' },
  { firm: 'games', end: 'open', title: '游戏名称商标被抢注', need: '新游戏上线前发现同名商标已被他人在第9类和第41类申请，想了解异议程序。', skill: 'trademark', language: null, urgency: 'critical', districtCode: '440304' },
  { firm: 'medical', end: 'accepted', by: 'fengyl', title: '德国客户询问专利实施许可的税务与合同问题', need: '德国客户希望获得我司一项专利在欧洲的实施许可，合同涉及德文条款。', skill: 'licensing', language: 'de', urgency: 'normal', districtCode: '440311' },
  { firm: 'apparel', end: 'open', title: '面料工艺是否适合申请专利', need: '我司自主研发的面料印染工艺，不确定应申请专利还是作为技术秘密保护。', skill: 'patent', language: null, urgency: 'normal', districtCode: '440307' },
];

/** Ten overseas-dispute guidance cases of the kinds the national assessment counts, one a US Section 337 investigation. */
export const DEMO_OVERSEAS: (Omit<OverseasCaseCreate, 'enterpriseOrgId'> & { firm: string; then?: OverseasCaseUpdate })[] = [
  {
    firm: 'storage', country: 'US', disputeKind: 'us337', rightKind: 'patent', opponent: 'PowerCell Technologies, Inc.（示例）', amountFen: 860_000_000_00,
    summary: '美国国际贸易委员会（ITC）对包括我市企业在内的5家中国企业发起337调查，指控其储能电池管理系统侵犯申请人3项美国专利，请求发布普遍排除令。',
    openedOn: '2026-03-18', deadlineAbroad: '2026-04-08', deadlineNote: '337调查：收到起诉书和调查通知后20日内提交答辩',
    then: { status: 'responded', responsePlan: '一企一策：组织被诉企业统一应诉，聘请美国律师，提交不侵权抗辩并就其中一项专利提起无效程序（IPR）；同步排查设计规避方案。', experts: [{ name: '张卫国', organisation: '国家知识产权局专利局专利审查协作广东中心（退休）', field: '电池管理系统专利分析' }, { name: '林文静', organisation: '广东华商律师事务所（示例）', field: '美国337调查应诉' }, { name: '何思远', organisation: '深圳市鹏知知识产权代理事务所（示例）', field: '美国专利检索' }] },
  },
  {
    firm: 'drone', country: 'DE', disputeKind: 'litigation', rightKind: 'patent', opponent: 'AeroVision GmbH（示例）', amountFen: 120_000_000_00,
    summary: '德国杜塞尔多夫地区法院受理某德国企业诉我市企业无人机云台专利侵权案，请求禁令和损害赔偿。',
    openedOn: '2026-05-06', deadlineAbroad: '2026-06-15', deadlineNote: '德国法院指定的书面答辩期限',
    then: { status: 'closed', outcome: 'settled', outcomeNote: '双方达成交叉许可协议，原告撤回禁令请求。', closedOn: '2026-10-20', responsePlan: '评估涉案专利稳定性，向德国联邦专利法院提起无效诉讼作为筹码，同时推动和解谈判。', experts: [{ name: '冯雨霖', organisation: '深圳市科进知识产权代理事务所（示例）', field: '欧洲专利' }, { name: '杨帆', organisation: '北京市金杜（深圳）律师事务所（示例）', field: '跨境诉讼' }] },
  },
  {
    firm: 'apparel', country: 'FR', disputeKind: 'tradeFair', rightKind: 'copyright', opponent: 'Maison Lumière SARL（示例）', amountFen: 3_500_000_00,
    summary: '我市企业参加巴黎国际服装展期间，法国企业以印花图案侵犯著作权为由申请展会查扣，部分展品被扣。',
    openedOn: '2026-02-27', deadlineAbroad: '2026-03-20', deadlineNote: '法国法院要求在查扣后20个工作日内提起实体诉讼，否则查扣失效',
    then: { status: 'closed', outcome: 'withdrawn', outcomeNote: '企业提交图案创作底稿和国内著作权登记证书，对方撤回申请，展品发还。', closedOn: '2026-04-15', responsePlan: '收集图案创作过程证据和在先发表证据，委托当地律师提出异议。', experts: [{ name: '马欣怡', organisation: '香港中文大学（深圳）', field: '法语沟通与证据整理' }, { name: '陈海洋', organisation: '北京市中伦（深圳）律师事务所（示例）', field: '著作权纠纷' }] },
  },
  {
    firm: 'led', country: 'NL', disputeKind: 'customs', rightKind: 'trademark', opponent: 'BrightHome B.V.（示例）', amountFen: 6_800_000_00,
    summary: '我市企业出口荷兰的一批LED灯具被鹿特丹海关以涉嫌侵犯商标权为由扣留。',
    openedOn: '2026-07-09', deadlineAbroad: '2026-07-21', deadlineNote: '欧盟海关扣留通知后10个工作日内答复是否同意销毁',
    then: { status: 'closed', outcome: 'won', outcomeNote: '证明所用标识为我司在欧盟在先注册商标，海关放行货物。', closedOn: '2026-08-12', responsePlan: '提交欧盟商标注册证和授权链，向海关提出异议并申请放行。', experts: [{ name: '刘淑兰', organisation: '国家知识产权局商标局（退休）', field: '商标近似判断' }] },
  },
  {
    firm: 'tea', country: 'MY', disputeKind: 'squatting', rightKind: 'trademark', opponent: '马来西亚某贸易公司（示例）', amountFen: 1_200_000_00,
    summary: '我市茶叶企业的中英文商标在马来西亚被当地经销商抢先注册，导致对当地出口受阻。',
    openedOn: '2026-09-14', deadlineAbroad: '2026-11-30', deadlineNote: '马来西亚商标撤销申请的准备期限（企业自定）',
    then: { status: 'guiding', responsePlan: '收集在先使用和知名度证据，准备以恶意抢注为由申请撤销；同时在东盟主要国家补充注册。', experts: [{ name: '刘淑兰', organisation: '国家知识产权局商标局（退休）', field: '商标抢注应对' }, { name: '邓清荣', organisation: '广东深天成律师事务所（示例）', field: '东南亚商标' }] },
  },
  {
    firm: 'robot', country: 'MX', disputeKind: 'litigation', rightKind: 'patent', opponent: 'Robótica Industrial del Norte S.A.（示例）', amountFen: 45_000_000_00,
    summary: '墨西哥客户销售我市企业工业机器人被当地企业起诉专利侵权，客户要求我司承担担保责任。',
    openedOn: '2026-11-02', deadlineAbroad: '2026-12-18', deadlineNote: '墨西哥工业产权局（IMPI）行政程序答辩期限',
    then: { status: 'guiding', responsePlan: '分析涉案墨西哥专利权利要求，准备技术对比说明；协助企业与客户协商担保责任分担。', experts: [{ name: '杨帆', organisation: '北京市金杜（深圳）律师事务所（示例）', field: '拉美诉讼' }] },
  },
  {
    firm: 'medical', country: 'US', disputeKind: 'litigation', rightKind: 'tradeSecret', opponent: 'OxiMed Devices LLC（示例）', amountFen: 210_000_000_00,
    summary: '美国企业在加州联邦地区法院起诉我市医疗器械企业及其美国子公司，指控其通过挖角员工获取商业秘密。',
    openedOn: '2026-08-25', deadlineAbroad: '2026-09-15', deadlineNote: '美国联邦民事诉讼：送达后21日内提交答辩',
    then: { status: 'responded', responsePlan: '梳理独立研发证据链，配合美国律师提交动议驳回部分诉请；排查离职员工入职审查流程。', experts: [{ name: '郑凯', organisation: '广东信达律师事务所（示例）', field: '商业秘密' }, { name: '林文静', organisation: '广东华商律师事务所（示例）', field: '美国诉讼' }] },
  },
  {
    firm: 'games', country: 'KR', disputeKind: 'squatting', rightKind: 'trademark', opponent: '韩国某游戏发行商（示例）', amountFen: 800_000_00,
    summary: '我市游戏企业即将在韩国上线的游戏名称被当地发行商抢注。',
    openedOn: '2026-11-20', deadlineAbroad: '2026-12-21', deadlineNote: '韩国商标公告异议期限',
  },
  {
    firm: 'storage', country: 'IN', disputeKind: 'customs', rightKind: 'patent', opponent: '印度某电池企业（示例）', amountFen: 9_600_000_00,
    summary: '出口印度的一批储能模组被金奈海关依专利权人申请扣留。',
    openedOn: '2026-11-27', deadlineAbroad: '2026-12-11', deadlineNote: '印度海关扣留后10日内提交答辩材料',
  },
  {
    firm: 'drone', country: 'AE', disputeKind: 'tradeFair', rightKind: 'patent', opponent: 'Gulf Drone Systems LLC（示例）', amountFen: 2_400_000_00,
    summary: '迪拜国际航展期间，当地企业以专利侵权为由投诉我市企业展品，展会主办方要求撤展。',
    openedOn: '2026-11-12', deadlineAbroad: null, deadlineNote: null,
    then: { status: 'closed', outcome: 'defaulted', outcomeNote: '企业评估后决定不在当地应诉，撤回展品，调整中东市场计划。', closedOn: '2026-11-25', responsePlan: '评估应诉成本与市场价值后，建议企业撤展并在当地申请专利。', experts: [{ name: '孙雨婷', organisation: '深圳市威世博知识产权代理事务所（示例）', field: '海外专利布局' }] },
  },
];
