import { Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SYSTEM_ACTOR } from '../../core/auth/actor.js';
import type { AppConfig } from '../../core/config/app-config.js';
import { describeFaults } from '../../core/errors/field-fault.js';
import type { UsersService } from '../../core/users/users.service.js';
import type { EnterpriseProfileService, NewEnterprise } from './enterprise-profile.service.js';
import { checkProfile } from './enterprise-profile.js';
import { Enterprise } from './enterprise.entity.js';
import { FactSource } from './enterprise.enums.js';
import { buildUscc } from './uscc.js';

export const DEMO_ENTERPRISE_EMAIL = 'enterprise@demo.local';

/**
 * A sample enterprise for demos (marked `sample`: the plan names no such firm): a software company
 * registered in Xinshi District (division 650104) by market regulation (91), with a made-up
 * organisation code whose check characters are computed, so the code is valid.
 */
export const DEMO_ENTERPRISE: NewEnterprise = {
  uscc: buildUscc('91650104', 'MA7D3M01'),
  name: '新疆示例科技有限公司',
  contactName: '演示企业用户',
  contactPhone: '0991-0000000',
  contactEmail: DEMO_ENTERPRISE_EMAIL,
  address: '乌鲁木齐市新市区（示例地址）',
  registeredAt: '2016-05-18',
  employees: 120,
  techStaff: 45,
  revenue: 86_000_000,
  rdExpense: 5_200_000,
  revenue3y: 210_000_000,
  rdExpense3y: 12_600_000,
  highTechRevenue: 60_000_000,
  totalAssets: 150_000_000,
  inventionPatents: 6,
  otherIp: 18,
  taxPaid: 4_300_000,
  industry: 'NEXT_GEN_IT',
  chainSegment: 'NEXT_GEN_IT.SOFTWARE_IT_SERVICES',
  tier: 'HIGH_TECH',
  ownership: 'PRIVATE',
  isHighTechCertified: true,
  inZone: true,
  parkCode: 'SCI_TECH_VALLEY',
  energyTce: 320,
  pollutionCategory: 'LOW',
  seriousDishonesty: false,
  majorIncidentLastYear: false,
};

/**
 * Seed step (embedded, non-production): links the demo enterprise user to the sample enterprise,
 * creating it once. Idempotent: a linked user, or an existing enterprise, is left as it is.
 */
export async function seedDemoEnterprise(
  manager: EntityManager,
  config: AppConfig,
  services: { profiles: EnterpriseProfileService; users: UsersService },
): Promise<void> {
  if (!config.embedded || config.NODE_ENV === 'production') return;
  const user = await services.users.findByEmail(manager, DEMO_ENTERPRISE_EMAIL);
  if (!user || user.enterpriseId) return;
  let enterprise = await manager.findOne(Enterprise, { where: { uscc: DEMO_ENTERPRISE.uscc } });
  if (!enterprise) {
    const faults = checkProfile({}, DEMO_ENTERPRISE, await services.profiles.profileContext(manager));
    if (faults.length) throw new Error(`demo enterprise: ${describeFaults(faults).en}`);
    enterprise = await services.profiles.createWithValues(
      manager,
      SYSTEM_ACTOR,
      DEMO_ENTERPRISE,
      FactSource.SELF_DECLARED,
      'enterprise.seed',
      {
        sample: true,
      },
    );
  }
  await services.users.linkEnterprise(manager, SYSTEM_ACTOR, user.id, enterprise.id);
  new Logger('EnterprisesSeed').log(`${DEMO_ENTERPRISE_EMAIL} linked to the sample enterprise ${enterprise.name}`);
}
