import { INDUSTRIES } from '#plan-data';
import { workbookBase64 } from '../../core/xlsx/xlsx-writer.js';
import type { Park } from '../parks/park.entity.js';
import { headerOf, LEAD_COLUMNS, xlsxColumns } from './lead-columns.js';
import { FLAG_LABELS, labelList, OWNERSHIP_LABELS, SOURCE_LABELS } from './lead-labels.js';

/** What each column takes, for the guide sheet. */
function valuesOf(key: string, locale: 'zh' | 'en'): string {
  const zh = locale === 'zh';
  switch (key) {
    case 'source':
      return labelList(SOURCE_LABELS, locale);
    case 'ownership':
      return labelList(OWNERSHIP_LABELS, locale);
    case 'targetFlags':
      return `${labelList(FLAG_LABELS, locale)}${zh ? '（可填多个，用顿号分隔）' : ' (several, separated by 、 or commas)'}`;
    case 'industryCode':
      return INDUSTRIES.map((i) => (zh ? i.name : i.nameEn)).join(zh ? '、' : ', ');
    case 'chainSegment':
      return zh ? '所选产业的产业链环节名称' : 'a chain segment of the industry, by name';
    case 'targetParkId':
      return zh ? '园区名称或代码' : 'the park’s name or code';
    case 'ownerId':
      return zh ? '招商局工作人员的登录邮箱；留空为导入人' : 'a staff member’s sign-in email; empty: you';
    case 'expectedSigningDate':
    case 'nextActionDate':
      return 'YYYY-MM-DD';
    case 'tags':
      return zh ? '可填多个，用顿号分隔' : 'several, separated by 、 or commas';
    case 'companyName':
      return zh
        ? '新线索必填；与已有线索或企业相似的行会被拒绝'
        : 'required for a new lead; one like an existing lead or enterprise is refused';
    case 'uscc':
      return zh ? '与已有线索相同时更新该线索' : 'an existing lead with this USCC is updated';
    case 'stage':
      return zh
        ? '仅导出；导入时忽略（阶段按推进规则变更）'
        : 'export only; ignored on import (stages move by their rules)';
    default:
      return '';
  }
}

/**
 * The lead import template (base64): the header row in the caller's language, one example row,
 * and a guide sheet saying what each column takes. Money in 万元, land in 亩, floor in m².
 */
export function leadImportTemplate(locale: 'zh' | 'en', park: Park | null, ownerEmail: string | null): Promise<string> {
  const zh = locale === 'zh';
  const industry = INDUSTRIES[0];
  const segment = industry.segments[0];
  const example: Record<string, unknown> = {
    companyName: zh ? '新疆示例新材料科技有限公司' : 'Xinjiang Example New Materials Tech Co., Ltd.',
    source: SOURCE_LABELS.EXPO_CHINA_EURASIA[locale],
    sourceDetail: zh ? '2025 亚欧博览会' : 'China–Eurasia Expo 2025',
    origin: zh ? '江苏' : 'Jiangsu',
    ownership: OWNERSHIP_LABELS.PRIVATE[locale],
    targetFlags: FLAG_LABELS.TECH_PIONEER[locale],
    industryCode: zh ? industry.name : industry.nameEn,
    chainSegment: zh ? segment.name : segment.nameEn,
    summary: zh ? '拟建设高性能复合材料生产线' : 'A production line for high-performance composites',
    plannedInvestment: 5000,
    jobs: 120,
    expectedAnnualTax: 300,
    landMu: 50,
    floorSqm: 20000,
    targetParkId: park ? (zh ? park.name : park.nameEn) : null,
    ownerId: ownerEmail,
    probability: 40,
    nextAction: zh ? '电话回访' : 'Call back',
    nextActionDate: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
    tags: zh ? '重点、新材料' : 'priority, materials',
  };
  return workbookBase64(
    zh ? '线索' : 'Leads',
    xlsxColumns(locale),
    [LEAD_COLUMNS.map((column) => example[column.key] ?? null)],
    (workbook) => {
      const guide = workbook.addWorksheet(zh ? '说明' : 'Guide');
      guide.columns = [{ width: 28 }, { width: 90 }];
      guide.addRow([zh ? '列' : 'Column', zh ? '填写说明' : 'What it takes']).font = { bold: true };
      for (const column of LEAD_COLUMNS) guide.addRow([headerOf(column, locale), valuesOf(column.key, locale)]);
      guide.addRow([]);
      guide.addRow([
        '',
        zh
          ? '空单元格表示不修改该项；金额单位为万元，用地为亩，建筑面积为平方米；每次最多 5000 行。'
          : 'An empty cell leaves the value as it is; money in 10k yuan, land in mu, floor space in m²; at most 5,000 rows.',
      ]);
    },
  );
}
