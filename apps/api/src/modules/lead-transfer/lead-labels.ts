import { OWNERSHIPS } from '#plan-data';
import type { LocalizedText } from '../../core/errors/app-error.js';
import { Ownership } from '../enterprises/enterprise.enums.js';
import { LeadSource, LeadStage, LeadTargetFlag } from '../leads/lead.enums.js';

const t = (zh: string, en: string): LocalizedText => ({ zh, en });

/** The words of the lead form (the admin app's labels) for the codes a spreadsheet shows. */
export const SOURCE_LABELS: Record<LeadSource, LocalizedText> = {
  [LeadSource.EXPO_CHINA_EURASIA]: t('亚欧博览会', 'China–Eurasia Expo'),
  [LeadSource.CANTON_FAIR]: t('广交会', 'Canton Fair'),
  [LeadSource.PROCUREMENT_FAIR]: t('跨国采购会', 'International procurement fair'),
  [LeadSource.VIA_ENTERPRISE]: t('以商招商', 'Via an enterprise'),
  [LeadSource.CONSULTANT]: t('咨询招商', 'Consultant'),
  [LeadSource.PAIRING_PROVINCE]: t('对口援疆', 'Partner province'),
  [LeadSource.OFFSHORE_INCUBATOR]: t('离岸孵化器', 'Offshore incubator'),
  [LeadSource.ONLINE_ENQUIRY]: t('在线咨询', 'Online enquiry'),
  [LeadSource.REFERRAL]: t('推荐', 'Referral'),
  [LeadSource.OTHER]: t('其他', 'Other'),
};

export const STAGE_LABELS: Record<LeadStage, LocalizedText> = {
  [LeadStage.LEAD]: t('线索', 'Lead'),
  [LeadStage.CONTACTED]: t('接洽', 'Contacted'),
  [LeadStage.VISITED]: t('考察', 'Visited'),
  [LeadStage.NEGOTIATING]: t('在谈', 'Negotiating'),
  [LeadStage.SIGNED]: t('签约', 'Signed'),
  [LeadStage.REGISTERED]: t('注册', 'Registered'),
  [LeadStage.CONSTRUCTING]: t('开工', 'Under construction'),
  [LeadStage.OPERATING]: t('投产', 'Operating'),
  [LeadStage.AFTERCARE]: t('服务', 'Aftercare'),
  [LeadStage.LOST]: t('流失', 'Lost'),
};

export const FLAG_LABELS: Record<LeadTargetFlag, LocalizedText> = {
  [LeadTargetFlag.GLOBAL_500]: t('世界500强', 'Fortune Global 500'),
  [LeadTargetFlag.CHINA_500]: t('中国500强', 'China Top 500'),
  [LeadTargetFlag.CENTRAL_SOE]: t('实力央企', 'Central SOE'),
  [LeadTargetFlag.LEADING_PRIVATE]: t('知名民企', 'Leading private firm'),
  [LeadTargetFlag.WELL_KNOWN_BRAND]: t('驰名商标', 'Well-known brand'),
  [LeadTargetFlag.INDUSTRY_LEADER]: t('行业领军', 'Industry leader'),
  [LeadTargetFlag.TECH_PIONEER]: t('科技先导', 'Technology pioneer'),
  [LeadTargetFlag.LISTED]: t('上市公司', 'Listed company'),
};

export const OWNERSHIP_LABELS = Object.fromEntries(OWNERSHIPS.map((o) => [o.code, t(o.name, o.nameEn)])) as Record<
  Ownership,
  LocalizedText
>;

/**
 * The code a cell names: the code itself, or its Chinese or English label (any case, spaces
 * around ignored); undefined when none matches.
 */
export function codeOf<Code extends string>(labels: Record<Code, LocalizedText>, cell: string): Code | undefined {
  const wanted = cell.trim().toLowerCase();
  for (const [code, label] of Object.entries(labels) as [Code, LocalizedText][]) {
    if (code.toLowerCase() === wanted || label.zh === cell.trim() || label.en.toLowerCase() === wanted) return code;
  }
  return undefined;
}

/** The labels of a code list as a person would type them: 亚欧博览会、广交会、… */
export function labelList(labels: Record<string, LocalizedText>, locale: 'zh' | 'en'): string {
  return Object.values(labels)
    .map((label) => label[locale])
    .join(locale === 'zh' ? '、' : ', ');
}
