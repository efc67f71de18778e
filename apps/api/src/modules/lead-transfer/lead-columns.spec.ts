import { describe, expect, it } from '@jest/globals';
import type { Lead } from '../leads/lead.entity.js';
import {
  exportCell,
  HEADER_COLUMNS,
  headerOf,
  LEAD_COLUMNS,
  readLeadCell,
  type ImportLookups,
} from './lead-columns.js';

const column = (key: string) => LEAD_COLUMNS.find((c) => c.key === key)!;
const lookups: ImportLookups = {
  parks: new Map([
    ['gold_park', 'park-1'],
    ['黄金园区', 'park-1'],
  ]),
  owners: new Map([['staff@demo.local', 'user-1']]),
};
const read = (key: string, raw: unknown, industry?: string) => readLeadCell(column(key), raw, lookups, industry);

describe('lead columns', () => {
  it('label money in 万元 and land in 亩, in either language, and know their headers back', () => {
    expect(headerOf(column('plannedInvestment'), 'zh')).toBe('计划投资额（万元）');
    expect(headerOf(column('landMu'), 'en')).toBe('Land (mu)');
    expect(HEADER_COLUMNS.get('计划投资额（万元）')?.key).toBe('plannedInvestment');
    expect(HEADER_COLUMNS.get('planned investment (10k yuan)')?.key).toBe('plannedInvestment');
    expect(HEADER_COLUMNS.get('targetparkid')?.key).toBe('targetParkId');
  });

  it('read codes from their labels, money from 万元 and names into ids', () => {
    expect(read('source', '亚欧博览会')).toEqual({ value: 'EXPO_CHINA_EURASIA' });
    expect(read('source', 'canton fair')).toEqual({ value: 'CANTON_FAIR' });
    expect(read('source', 'REFERRAL')).toEqual({ value: 'REFERRAL' });
    expect(read('plannedInvestment', '1,234.5678')).toEqual({ value: 12_345_678 });
    expect(read('plannedInvestment', 0.01)).toEqual({ value: 100 });
    expect(read('targetFlags', '世界500强、Listed company')).toEqual({ value: ['GLOBAL_500', 'LISTED'] });
    expect(read('industryCode', '新材料')).toEqual({ value: 'NEW_MATERIALS' });
    expect(read('chainSegment', '碳基新材料', 'NEW_MATERIALS')).toEqual({ value: 'NEW_MATERIALS.CARBON_BASED' });
    expect(read('targetParkId', '黄金园区')).toEqual({ value: 'park-1' });
    expect(read('ownerId', 'Staff@Demo.local')).toEqual({ value: 'user-1' });
    expect(read('nextActionDate', '2031年3月1日')).toEqual({ value: '2031-03-01' });
    expect(read('nextActionDate', new Date(Date.UTC(2031, 2, 1)))).toEqual({ value: '2031-03-01' });
    expect(read('tags', '重点；新材料')).toEqual({ value: ['重点', '新材料'] });
    expect(read('stage', '在谈')).toEqual({ value: undefined });
    expect(read('summary', '  ')).toEqual({ value: undefined });
  });

  it('say what is wrong with a cell, and what it may hold', () => {
    expect(read('source', '路边广告')).toMatchObject({ fault: { zh: expect.stringContaining('亚欧博览会、广交会') } });
    expect(read('jobs', 'many')).toEqual({ fault: { zh: '“many”不是数字', en: "'many' is not a number" } });
    expect(read('nextActionDate', '2031-02-30')).toMatchObject({
      fault: { en: expect.stringContaining('not a date') },
    });
    expect(read('targetParkId', '月球园区')).toMatchObject({ fault: { zh: expect.stringContaining('月球园区') } });
    expect(read('ownerId', 'someone@example.com')).toMatchObject({ fault: { en: expect.stringContaining('staff') } });
  });

  it('export what the import reads back', () => {
    const lead = {
      plannedInvestment: 12_345_678,
      source: 'PAIRING_PROVINCE',
      stage: 'NEGOTIATING',
      targetFlags: ['CHINA_500'],
      tags: [],
      industryCode: 'NEW_MATERIALS',
      chainSegment: 'NEW_MATERIALS.CARBON_BASED',
      targetParkId: 'park-1',
      ownerId: 'user-1',
    } as unknown as Lead;
    const names = { parkName: () => '黄金园区', ownerEmail: () => 'staff@demo.local' };
    const cells = Object.fromEntries(LEAD_COLUMNS.map((c) => [c.key, exportCell(c, lead, names, 'zh')]));
    expect(cells).toMatchObject({
      plannedInvestment: 1234.5678,
      source: '对口援疆',
      stage: '在谈',
      targetFlags: '中国500强',
      tags: null,
      industryCode: '新材料',
      chainSegment: '碳基新材料',
      targetParkId: '黄金园区',
      ownerId: 'staff@demo.local',
    });
    for (const key of ['plannedInvestment', 'source', 'targetFlags', 'industryCode', 'targetParkId', 'ownerId']) {
      expect(read(key, cells[key], 'NEW_MATERIALS')).toEqual({
        value: (lead as unknown as Record<string, unknown>)[key],
      });
    }
    expect(exportCell(column('source'), lead, names, 'en')).toBe('Partner province');
  });
});
