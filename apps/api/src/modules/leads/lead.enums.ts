import { registerEnumType } from '@nestjs/graphql';

/** The pipeline, from first contact to an operating, tax-paying plant (plan ch.6 §4). */
export enum LeadStage {
  LEAD = 'LEAD',
  CONTACTED = 'CONTACTED',
  VISITED = 'VISITED',
  NEGOTIATING = 'NEGOTIATING',
  SIGNED = 'SIGNED',
  REGISTERED = 'REGISTERED',
  CONSTRUCTING = 'CONSTRUCTING',
  OPERATING = 'OPERATING',
  AFTERCARE = 'AFTERCARE',
  LOST = 'LOST',
}

/** Where a lead came from: the plan's channels (ch.6 §4) and the usual others. */
export enum LeadSource {
  EXPO_CHINA_EURASIA = 'EXPO_CHINA_EURASIA',
  CANTON_FAIR = 'CANTON_FAIR',
  PROCUREMENT_FAIR = 'PROCUREMENT_FAIR',
  VIA_ENTERPRISE = 'VIA_ENTERPRISE',
  CONSULTANT = 'CONSULTANT',
  PAIRING_PROVINCE = 'PAIRING_PROVINCE',
  OFFSHORE_INCUBATOR = 'OFFSHORE_INCUBATOR',
  ONLINE_ENQUIRY = 'ONLINE_ENQUIRY',
  REFERRAL = 'REFERRAL',
  OTHER = 'OTHER',
}

/** The plan's target types (ch.6 §4): who the bureau courts first. */
export enum LeadTargetFlag {
  GLOBAL_500 = 'GLOBAL_500',
  CHINA_500 = 'CHINA_500',
  CENTRAL_SOE = 'CENTRAL_SOE',
  LEADING_PRIVATE = 'LEADING_PRIVATE',
  WELL_KNOWN_BRAND = 'WELL_KNOWN_BRAND',
  INDUSTRY_LEADER = 'INDUSTRY_LEADER',
  TECH_PIONEER = 'TECH_PIONEER',
  LISTED = 'LISTED',
}

export enum ActivityKind {
  CALL = 'CALL',
  VISIT = 'VISIT',
  MEETING = 'MEETING',
  SITE_VISIT = 'SITE_VISIT',
  EXHIBITION = 'EXHIBITION',
  EMAIL = 'EMAIL',
  NOTE = 'NOTE',
}

registerEnumType(LeadStage, {
  name: 'LeadStage',
  description:
    'LEAD 线索 · CONTACTED 接洽 · VISITED 考察 · NEGOTIATING 在谈 · SIGNED 签约 · REGISTERED 注册 · ' +
    'CONSTRUCTING 开工 · OPERATING 投产 · AFTERCARE 服务 · LOST 流失',
});
registerEnumType(LeadSource, {
  name: 'LeadSource',
  description:
    'EXPO_CHINA_EURASIA 亚欧博览会 · CANTON_FAIR 广交会 · PROCUREMENT_FAIR 跨国采购会 · VIA_ENTERPRISE 以商招商 · ' +
    'CONSULTANT 咨询招商 · PAIRING_PROVINCE 对口援疆 · OFFSHORE_INCUBATOR 离岸孵化器 · ONLINE_ENQUIRY 在线咨询 · ' +
    'REFERRAL 推荐 · OTHER 其他',
});
registerEnumType(LeadTargetFlag, {
  name: 'LeadTargetFlag',
  description:
    'GLOBAL_500 世界500强 · CHINA_500 中国500强 · CENTRAL_SOE 实力央企 · LEADING_PRIVATE 知名民企 · ' +
    'WELL_KNOWN_BRAND 驰名商标 · INDUSTRY_LEADER 行业领军 · TECH_PIONEER 科技先导 · LISTED 上市公司',
});
registerEnumType(ActivityKind, {
  name: 'ActivityKind',
  description: 'CALL 电话 · VISIT 拜访 · MEETING 会谈 · SITE_VISIT 实地考察 · EXHIBITION 展会 · EMAIL 邮件 · NOTE 备注',
});
