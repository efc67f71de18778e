import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity.js';
import { numericTransformer } from '../../core/database/numeric.transformer.js';
import { CooperationModel, ParkKind, ParkLevel, PollutionCategory, Tier } from './park.enums.js';

/** A park, zone or incubation carrier with its free space (亩 / m²) and entry limits. */
@ObjectType()
@Entity('parks')
@Check('park_free_land_not_negative', '"freeLandMu" >= 0')
@Check('park_free_floor_not_negative', '"freeFloorSqm" >= 0')
@Check('park_district_tax_share_percent', '"districtTaxSharePercent" >= 0 AND "districtTaxSharePercent" <= 100')
export class Park extends BaseEntity {
  @Field()
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  code: string;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field()
  @Column({ type: 'varchar', length: 150 })
  nameEn: string;

  @Field(() => ParkKind)
  @Column({ type: 'varchar', length: 32 })
  kind: ParkKind;

  @Field(() => ParkLevel)
  @Column({ type: 'varchar', length: 16 })
  level: ParkLevel;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => Park, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'parentId' })
  parent?: Park | null;

  @Field()
  @Column({ type: 'text', default: '' })
  positioning: string;

  @Field()
  @Column({ type: 'text', default: '' })
  positioningEn: string;

  @Field()
  @Column({ type: 'varchar', length: 100, default: '' })
  planRef: string;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: '{}' })
  targetIndustries: string[];

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: '{}' })
  forbiddenIndustries: string[];

  @Field()
  @Column({ type: 'boolean', default: true })
  forbidsThreeHigh: boolean;

  @Field(() => PollutionCategory)
  @Column({ type: 'varchar', length: 8, default: 'MEDIUM' })
  maxPollution: PollutionCategory;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'numeric', nullable: true, transformer: numericTransformer })
  maxEnergyTce: number | null;

  @Field(() => Float)
  @Column({ type: 'numeric', default: 0, transformer: numericTransformer })
  totalLandMu: number;

  @Field(() => Float)
  @Column({ type: 'numeric', default: 0, transformer: numericTransformer })
  freeLandMu: number;

  @Field(() => Float)
  @Column({ type: 'numeric', default: 0, transformer: numericTransformer })
  totalFloorSqm: number;

  @Field(() => Float)
  @Column({ type: 'numeric', default: 0, transformer: numericTransformer })
  freeFloorSqm: number;

  @Field(() => [Tier])
  @Column({ type: 'text', array: true, default: '{}' })
  servedTiers: Tier[];

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: '{}' })
  infrastructure: string[];

  @Field(() => Float)
  @Column({ type: 'double precision' })
  lng: number;

  @Field(() => Float)
  @Column({ type: 'double precision' })
  lat: number;

  @Field(() => String, { nullable: true, description: 'An enclave park’s partner region (飞地合作方), e.g. 昌吉.' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  enclavePartner: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 150, nullable: true })
  enclavePartnerEn: string | null;

  @Field(() => [CooperationModel], {
    description: 'How an enclave park is run with its partner; empty for other parks.',
  })
  @Column({ type: 'text', array: true, default: '{}' })
  cooperationModels: CooperationModel[];

  @Field(() => Float, {
    nullable: true,
    description: 'Percent (0–100) of the tax of firms placed in an enclave park that the district keeps.',
  })
  @Column({ type: 'numeric', nullable: true, transformer: numericTransformer })
  districtTaxSharePercent: number | null;

  @Field({
    description:
      'Outside the district and never a placement target: the offshore incubators (离岸孵化器), whose ' +
      'graduates become leads. False for parks in the district, enclave parks included.',
  })
  @Column({ type: 'boolean', default: false })
  outsideDistrict: boolean;

  @Field(() => [String], { description: 'Fields whose figures the plan does not give (sample data).' })
  @Column({ type: 'text', array: true, default: '{}' })
  sampleFields: string[];

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'int', default: 0 })
  sortOrder: number;

  @Field()
  @Column({ type: 'boolean', default: true })
  active: boolean;
}
