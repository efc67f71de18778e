import type { Prng } from './prng.js';

// Parts of made-up company names. Every name ends in （示例） so nobody takes it for a real firm.
const PLACES = [
  '天山',
  '博格达',
  '雪莲',
  '丝路',
  '昆仑',
  '瀚海',
  '胡杨',
  '红山',
  '金桥',
  '云杉',
  '鹰城',
  '西域',
  '银泉',
  '北庭',
  '天池',
  '石榴',
  '驼铃',
  '青格达',
  '达坂',
  '乌拉泊',
  '火洲',
  '阿勒泰',
  '白杨',
  '新港',
] as const;
const CORES = [
  '星河',
  '晨光',
  '恒远',
  '智联',
  '新源',
  '启航',
  '博远',
  '中瑞',
  '华晟',
  '领创',
  '卓越',
  '安泰',
  '汇丰源',
  '拓维',
  '嘉禾',
  '同创',
  '远景',
  '鼎信',
  '凯盛',
  '瑞达',
  '宏图',
  '泽众',
  '聚能',
  '明德',
] as const;

/** The trade word of each industry in a name; others use a generic one. */
const TRADE_WORDS: Readonly<Record<string, readonly string[]>> = {
  NEW_MATERIALS: ['新材料', '复合材料', '铝业科技', '碳材料'],
  BIOMEDICINE: ['生物医药', '制药', '生物科技', '医疗器械'],
  NEXT_GEN_IT: ['信息技术', '软件', '数据科技', '网络科技'],
  ADVANCED_EQUIPMENT: ['智能装备', '机械制造', '电气', '装备科技'],
  ARTIFICIAL_INTELLIGENCE: ['智能科技', '人工智能'],
  TECH_SERVICES: ['科技服务', '检测技术'],
  E_COMMERCE: ['电子商务', '跨境贸易'],
  MODERN_LOGISTICS: ['供应链', '物流'],
};
const GENERIC_WORDS = ['科技', '实业', '发展'] as const;
const FORMS = ['有限公司', '有限公司', '有限责任公司', '股份有限公司'] as const;

/** A made-up name not in `taken` (which it joins), marked （示例）. */
export function demoName(prng: Prng, industry: string, taken: Set<string>): string {
  const words = TRADE_WORDS[industry] ?? GENERIC_WORDS;
  for (let attempt = 0; ; attempt += 1) {
    const base = `${prng.pick(PLACES)}${prng.pick(CORES)}${prng.pick(words)}${prng.pick(FORMS)}`;
    // After a few clashes, a branch number keeps the name unique without looping forever.
    const name = attempt < 8 ? `${base}（示例）` : `${base}第${attempt - 7}分公司（示例）`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

/** Common surnames and given names: made-up contacts and sample staff, never a real person's record. */
const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '胡',
  '朱',
  '郭',
] as const;
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '涛',
  '明',
  '超',
  '霞',
  '平',
  '刚',
  '建华',
  '志强',
  '海燕',
  '晓东',
  '丽娟',
] as const;

export function demoPerson(prng: Prng): string {
  return `${prng.pick(SURNAMES)}${prng.pick(GIVEN)}`;
}

/**
 * A made-up prospect from outside the district: the prefix is its city (or, for a foreign investor,
 * the joint-venture prefix such as 中德), then a core word, a trade word and a legal form, marked （示例）.
 */
export function demoProspectName(prng: Prng, prefix: string, industry: string, taken: Set<string>): string {
  const words = TRADE_WORDS[industry] ?? GENERIC_WORDS;
  for (let attempt = 0; ; attempt += 1) {
    const base = `${prefix}${prng.pick(CORES)}${prng.pick(words)}${prng.pick(FORMS)}`;
    const name = attempt < 8 ? `${base}（示例）` : `${base}第${attempt - 7}分公司（示例）`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}
