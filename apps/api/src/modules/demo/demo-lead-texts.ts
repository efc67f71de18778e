import { LeadSource as Src, LeadStage as S } from '../leads/lead.enums.js';

// The words of the sample pipeline: where prospects come from, what the bureau did, why some left.
// Made up for the demo; no real firm, person or event is named.

/** Domestic origins and the cities prospect names start with; 对口援疆 partners among them. */
export const DOMESTIC_ORIGINS: Readonly<Record<string, readonly string[]>> = {
  广东省: ['深圳', '广州', '东莞', '佛山'],
  江苏省: ['苏州', '南京', '无锡', '常州'],
  浙江省: ['杭州', '宁波', '绍兴'],
  上海市: ['上海'],
  北京市: ['北京'],
  天津市: ['天津'],
  山东省: ['青岛', '济南', '烟台'],
  湖北省: ['武汉'],
  安徽省: ['合肥'],
  福建省: ['厦门', '福州'],
  河南省: ['郑州'],
  辽宁省: ['大连', '沈阳'],
  四川省: ['成都'],
  陕西省: ['西安'],
  新疆维吾尔自治区: ['乌鲁木齐', '昌吉', '克拉玛依'],
};

/** Provinces and cities that pair with Xinjiang under 对口援疆. */
export const PAIRING_PROVINCES = [
  '广东省',
  '江苏省',
  '浙江省',
  '上海市',
  '北京市',
  '天津市',
  '山东省',
  '湖北省',
  '安徽省',
  '福建省',
  '河南省',
  '辽宁省',
] as const;

/** Foreign origins (Central Asia and Europe through the 丝绸之路经济带) and their joint-venture prefix. */
export const FOREIGN_ORIGINS: Readonly<Record<string, string>> = {
  哈萨克斯坦: '中哈',
  乌兹别克斯坦: '中乌',
  俄罗斯: '中俄',
  德国: '中德',
  新加坡: '中新',
};

/** How often each channel brings a lead (the plan leans on fairs, 以商招商 and 对口援疆). */
export const SOURCE_WEIGHTS: Readonly<Record<Src, number>> = {
  [Src.EXPO_CHINA_EURASIA]: 14,
  [Src.CANTON_FAIR]: 8,
  [Src.PROCUREMENT_FAIR]: 5,
  [Src.VIA_ENTERPRISE]: 14,
  [Src.CONSULTANT]: 8,
  [Src.PAIRING_PROVINCE]: 14,
  [Src.OFFSHORE_INCUBATOR]: 4,
  [Src.ONLINE_ENQUIRY]: 8,
  [Src.REFERRAL]: 8,
  [Src.OTHER]: 2,
};

export function sourceDetail(source: Src, origin: string, year: number): string | null {
  switch (source) {
    case Src.EXPO_CHINA_EURASIA:
      return `${year}年中国—亚欧博览会`;
    case Src.CANTON_FAIR:
      return `${year}年广交会`;
    case Src.PROCUREMENT_FAIR:
      return `${year}年跨国采购会`;
    case Src.PAIRING_PROVINCE:
      return `对口援疆：${origin}`;
    case Src.VIA_ENTERPRISE:
      return '由区内企业引荐（以商招商）';
    case Src.CONSULTANT:
      return '招商顾问推荐';
    case Src.OFFSHORE_INCUBATOR:
      return '离岸孵化器（示例）';
    case Src.ONLINE_ENQUIRY:
      return '门户网站在线咨询';
    default:
      return null;
  }
}

export const CONTACT_TITLES = ['总经理', '投资总监', '副总裁', '战略发展部经理', '董事长助理', '项目负责人'] as const;

export const LOST_REASONS = [
  '企业最终选择落户成都，当地土地价格更低',
  '母公司战略调整，西北基地项目暂缓',
  '项目能耗超出园区准入标准，未能通过预审',
  '企业资金紧张，投资计划取消',
  '与企业在用地面积和扶持政策上未能达成一致',
  '企业被并购，新股东不再推进该项目',
] as const;

/** What the bureau logged before each move; {seg} the chain segment, {park} the park, {who} the contact. */
export const MOVE_ACTIVITIES: Readonly<Record<S, readonly string[]>> = {
  [S.LEAD]: ['收集到项目信息，录入线索库'],
  [S.CONTACTED]: [
    '与{who}电话沟通，介绍高新区{seg}产业基础和招商政策，对方表示将内部研究',
    '向{who}发送高新区投资指南和{park}载体资料，约定进一步交流',
    '与{who}视频会议，了解企业在西北地区布局{seg}业务的初步设想',
  ],
  [S.VISITED]: [
    '陪同{who}一行实地考察{park}，查看可用地块和标准厂房，对配套条件较为满意',
    '企业考察团到访{park}，参观区内{seg}龙头企业，座谈了解上下游配套情况',
  ],
  [S.NEGOTIATING]: [
    '与{who}就投资强度、用地面积和扶持政策进行会谈，形成项目合作框架初稿',
    '组织园区、自然资源、税务等部门与企业召开项目推进会，逐条梳理企业诉求',
  ],
  [S.SIGNED]: [
    '项目投资合作协议正式签约，{who}出席签约仪式',
    '在招商推介会上集中签约，明确投资额、就业人数和年纳税承诺',
  ],
  [S.REGISTERED]: ['协助企业在政务服务中心完成项目公司注册登记，领取营业执照'],
  [S.CONSTRUCTING]: ['项目在{park}举行开工仪式，协调解决施工用水用电接入问题'],
  [S.OPERATING]: ['项目首条生产线建成投产，走访企业了解试生产情况和用工需求'],
  [S.AFTERCARE]: ['转入常态化服务：建立包联机制，每季度走访一次'],
  [S.LOST]: ['与{who}电话沟通，企业明确表示暂不推进项目'],
};

/** Aftercare and follow-up visits after the last move. */
export const FOLLOW_UPS = [
  '回访{who}，企业正在准备董事会审议材料，约定下周再沟通',
  '走访企业，了解用工、用电和物流需求，协调解决员工子女入学问题',
  '电话跟进{who}，对方关注{park}的人才公寓和通勤班车安排',
  '内部研究：建议申请自治区重点项目，争取用地指标',
  '走访已投产企业，企业反映扩产需要新增用电容量，已转相关部门',
] as const;

/** The next step the owner plans, by stage. */
export const NEXT_ACTIONS: Readonly<Record<S, string>> = {
  [S.LEAD]: '电话联系企业，了解投资意向',
  [S.CONTACTED]: '邀请企业来区实地考察',
  [S.VISITED]: '准备项目合作框架和政策清单',
  [S.NEGOTIATING]: '确认协议文本，筹备签约',
  [S.SIGNED]: '协助企业办理项目公司注册',
  [S.REGISTERED]: '推进土地摘牌和施工许可',
  [S.CONSTRUCTING]: '跟进施工进度，协调竣工验收',
  [S.OPERATING]: '季度走访，核对到资、就业和纳税',
  [S.AFTERCARE]: '季度走访，了解扩产计划',
  [S.LOST]: '',
};

/** The project summary of a lead, from its segment and what it needs. */
export function projectSummary(segment: string, land: boolean, expansion: boolean): string {
  const what = land ? '生产基地' : '研发及运营中心';
  return expansion
    ? `企业拟在高新区增资扩产，新建${segment}${what}（示例项目）`
    : `拟在高新区投资建设${segment}${what}，辐射新疆及中亚市场（示例项目）`;
}

/** Tags staff put on leads, from the plan's wording. */
export const TAGS = ['抓大', '补链', '重点项目', '中亚市场', '总部型', '绿色低碳'] as const;

export const fill = (template: string, values: Readonly<Record<string, string>>): string =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
