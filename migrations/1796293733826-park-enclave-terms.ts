import { MigrationInterface, QueryRunner } from 'typeorm';

/** [code, the industries first seeded, the plan's] (frozen: a migration never reads libs/plan-data). */
const PLAN_TARGETS: [string, string[], string[]][] = [
  [
    'AIRPORT_PARK',
    ['HEADQUARTERS_ECONOMY', 'MODERN_LOGISTICS', 'ADVANCED_EQUIPMENT', 'NEW_MATERIALS', 'BIOMEDICINE', 'NEXT_GEN_IT'],
    [
      'HEADQUARTERS_ECONOMY',
      'COMMERCE_TRADE',
      'MODERN_LOGISTICS',
      'ADVANCED_EQUIPMENT',
      'NEW_MATERIALS',
      'BIOMEDICINE',
    ],
  ],
  [
    'AIRPORT_A',
    ['HEADQUARTERS_ECONOMY', 'COMMERCE_TRADE', 'MODERN_LOGISTICS', 'E_COMMERCE', 'MODERN_FINANCE'],
    ['HEADQUARTERS_ECONOMY', 'COMMERCE_TRADE', 'MODERN_LOGISTICS'],
  ],
  [
    'AIRPORT_B',
    ['ADVANCED_EQUIPMENT', 'NEW_MATERIALS', 'BIOMEDICINE', 'NEXT_GEN_IT', 'ARTIFICIAL_INTELLIGENCE', 'TECH_SERVICES'],
    ['ADVANCED_EQUIPMENT', 'NEW_MATERIALS', 'BIOMEDICINE'],
  ],
  ['AIRPORT_C', ['NEW_MATERIALS', 'ADVANCED_EQUIPMENT', 'TECH_SERVICES'], []],
  ['GOLD_PARK', ['CULTURE_TOURISM', 'COMMERCE_TRADE', 'E_COMMERCE'], ['CULTURE_TOURISM', 'COMMERCE_TRADE']],
  ['CA_GOLD_JADE_PARK', ['CULTURE_TOURISM', 'COMMERCE_TRADE'], ['CULTURE_TOURISM']],
  [
    'AIRPORT_LOGISTICS_PARK',
    ['MODERN_LOGISTICS', 'E_COMMERCE', 'COMMERCE_TRADE'],
    ['MODERN_LOGISTICS', 'COMMERCE_TRADE'],
  ],
];

/** The figures the plan gives for no park. */
const FIGURES = [
  'level',
  'maxPollution',
  'maxEnergyTce',
  'totalLandMu',
  'freeLandMu',
  'totalFloorSqm',
  'freeFloorSqm',
  'infrastructure',
  'location',
];

/** [codes, the fields whose values are sample data] for the parks seeded before this migration. */
const SAMPLE_FIELDS: [string[], string[]][] = [
  [
    [
      'AIRPORT_PARK',
      'AIRPORT_A',
      'AIRPORT_B',
      'AIRPORT_C',
      'GOLD_PARK',
      'CA_GOLD_JADE_PARK',
      'AIRPORT_LOGISTICS_PARK',
      'ANNINGQU_TOWN',
    ],
    [...FIGURES],
  ],
  [
    ['NORTH_INDUSTRIAL_PARK', 'SCI_TECH_VALLEY', 'MICRO_PARK'],
    [...FIGURES, 'targetIndustries'],
  ],
  [
    ['ENCLAVE_CHANGJI', 'ENCLAVE_ZHUNDONG', 'ENCLAVE_MIDONG', 'ENCLAVE_GANQUANBAO'],
    [...FIGURES, 'targetIndustries', 'cooperationModels', 'districtTaxSharePercent'],
  ],
  [
    [
      'SAMPLE_MAKERSPACE_IT',
      'SAMPLE_MAKERSPACE_HEALTH',
      'SAMPLE_MAKERSPACE_CREATIVE',
      'SAMPLE_INCUBATOR_SOFTWARE',
      'SAMPLE_INCUBATOR_MATERIALS',
      'SAMPLE_INCUBATOR_BIOMED',
      'SAMPLE_ACCELERATOR_EQUIPMENT',
      'SAMPLE_ACCELERATOR_BIOMED',
    ],
    [...FIGURES, 'name', 'nameEn', 'parentCode', 'positioning', 'positioningEn', 'targetIndustries', 'servedTiers'],
  ],
];

/** [code, partner, partner in English] of the four enclave parks (ch.6 §1). */
const ENCLAVES: [string, string, string][] = [
  ['ENCLAVE_CHANGJI', '昌吉', 'Changji'],
  ['ENCLAVE_ZHUNDONG', '乌准东', 'Zhundong'],
  ['ENCLAVE_MIDONG', '米东区', 'Midong District'],
  ['ENCLAVE_GANQUANBAO', '甘泉堡', 'Ganquanbao'],
];

/**
 * Enclave parks' terms (飞地: partner, cooperation models, the share of tax the district keeps) as
 * columns, and the seeded parks made true to the plan in existing databases: the invented ban on
 * PETROCHEMICAL is lifted (the plan bans "三高" projects, not an industry), industry lists the plan
 * gives replace the invented ones, and each park's sample fields are listed anew. A value an admin
 * has changed since seeding is left alone (each UPDATE matches the seeded value). Parks the plan
 * names and the data lacked are inserted by the seed at boot, as on a fresh database.
 */
export class ParkEnclaveTerms1796293733826 implements MigrationInterface {
  name = 'ParkEnclaveTerms1796293733826';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "parks" ADD "enclavePartner" character varying(100)`);
    await queryRunner.query(`ALTER TABLE "parks" ADD "enclavePartnerEn" character varying(150)`);
    await queryRunner.query(`ALTER TABLE "parks" ADD "cooperationModels" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "parks" ADD "districtTaxSharePercent" numeric`);
    await queryRunner.query(
      `ALTER TABLE "parks" ADD CONSTRAINT "park_district_tax_share_percent" CHECK ("districtTaxSharePercent" >= 0 AND "districtTaxSharePercent" <= 100)`,
    );
    const codes = SAMPLE_FIELDS.flatMap(([parks]) => parks);
    await queryRunner.query(
      `UPDATE "parks" SET "forbiddenIndustries" = '{}', "version" = "version" + 1, "updatedAt" = now()
        WHERE "code" = ANY($1) AND "forbiddenIndustries" = '{PETROCHEMICAL}'`,
      [codes],
    );
    for (const [code, seeded, plan] of PLAN_TARGETS) {
      await queryRunner.query(
        `UPDATE "parks" SET "targetIndustries" = $2, "version" = "version" + 1, "updatedAt" = now()
          WHERE "code" = $1 AND "targetIndustries" = $3`,
        [code, plan, seeded],
      );
    }
    for (const [parks, fields] of SAMPLE_FIELDS) {
      await queryRunner.query(`UPDATE "parks" SET "sampleFields" = $2 WHERE "code" = ANY($1)`, [parks, fields]);
    }
    for (const [code, partner, partnerEn] of ENCLAVES) {
      await queryRunner.query(
        `UPDATE "parks" SET "enclavePartner" = $2, "enclavePartnerEn" = $3,
                "cooperationModels" = '{ENTRUSTED_MANAGEMENT,TAX_SHARING}', "districtTaxSharePercent" = 50
          WHERE "code" = $1 AND "enclavePartner" IS NULL`,
        [code, partner, partnerEn],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "parks" DROP CONSTRAINT "park_district_tax_share_percent"`);
    await queryRunner.query(`ALTER TABLE "parks" DROP COLUMN "districtTaxSharePercent"`);
    await queryRunner.query(`ALTER TABLE "parks" DROP COLUMN "cooperationModels"`);
    await queryRunner.query(`ALTER TABLE "parks" DROP COLUMN "enclavePartnerEn"`);
    await queryRunner.query(`ALTER TABLE "parks" DROP COLUMN "enclavePartner"`);
  }
}
