import { INDUSTRIES } from '#plan-data';
import type { LocalizedText } from '#matching';
import { LeadDimension } from './dto/lead-kpi.args.js';
import { LeadSource } from './lead.enums.js';

/** The source channels as the bureau names them (the LeadSource enum's description). */
export const SOURCE_LABELS: Readonly<Record<LeadSource, LocalizedText>> = {
  [LeadSource.EXPO_CHINA_EURASIA]: { zh: '亚欧博览会', en: 'China–Eurasia Expo' },
  [LeadSource.CANTON_FAIR]: { zh: '广交会', en: 'Canton Fair' },
  [LeadSource.PROCUREMENT_FAIR]: { zh: '跨国采购会', en: 'Procurement fair' },
  [LeadSource.VIA_ENTERPRISE]: { zh: '以商招商', en: 'Via an enterprise' },
  [LeadSource.CONSULTANT]: { zh: '咨询招商', en: 'Consultant' },
  [LeadSource.PAIRING_PROVINCE]: { zh: '对口援疆', en: 'Pairing province' },
  [LeadSource.OFFSHORE_INCUBATOR]: { zh: '离岸孵化器', en: 'Offshore incubator' },
  [LeadSource.ONLINE_ENQUIRY]: { zh: '在线咨询', en: 'Online enquiry' },
  [LeadSource.REFERRAL]: { zh: '推荐', en: 'Referral' },
  [LeadSource.OTHER]: { zh: '其他', en: 'Other' },
};

/** The label of a group whose key is null (the field was never filled, or the lead is not signed). */
export const UNSET_LABELS: Readonly<Record<LeadDimension, LocalizedText>> = {
  [LeadDimension.INDUSTRY]: { zh: '未填写产业', en: 'No industry' },
  [LeadDimension.PARK]: { zh: '未定园区', en: 'No target park' },
  [LeadDimension.SOURCE]: { zh: '未填写来源', en: 'No source' },
  [LeadDimension.OWNER]: { zh: '未分配', en: 'Unassigned' },
  [LeadDimension.MONTH]: { zh: '无日期', en: 'No date' },
  [LeadDimension.QUARTER]: { zh: '无日期', en: 'No date' },
  [LeadDimension.YEAR]: { zh: '无日期', en: 'No date' },
};

export const industryLabel = (code: string): LocalizedText => {
  const industry = INDUSTRIES.find((i) => i.code === code);
  return industry ? { zh: industry.name, en: industry.nameEn } : { zh: code, en: code };
};

/** A period key as people read it: 2026年3月 / 2026年第1季度 / 2026年 (English: the key itself). */
export const periodLabel = (key: string): LocalizedText => {
  const quarter = /^(\d{4})-Q(\d)$/.exec(key);
  if (quarter) return { zh: `${quarter[1]}年第${quarter[2]}季度`, en: `${quarter[1]} Q${quarter[2]}` };
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month) return { zh: `${month[1]}年${Number(month[2])}月`, en: key };
  return { zh: `${key}年`, en: key };
};
