import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, OneToMany, PrimaryColumn } from 'typeorm';
import type { IndustryCategory as IndustryCategoryName } from '#plan-data';
import { ChainSegment } from './chain-segment.entity.js';

export const IndustryCategory: { [K in IndustryCategoryName]: K } = {
  PRIORITY: 'PRIORITY',
  TRADITIONAL: 'TRADITIONAL',
  FUTURE: 'FUTURE',
  SERVICE: 'SERVICE',
  CULTURE_TOURISM: 'CULTURE_TOURISM',
  AGRICULTURE: 'AGRICULTURE',
};
registerEnumType(IndustryCategory, { name: 'IndustryCategory' });

/** An industry of the plan's taxonomy (reference data, seeded from libs/plan-data). */
@ObjectType()
@Entity('industries')
export class Industry {
  @Field()
  @PrimaryColumn({ type: 'varchar', length: 64 })
  code: string;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field()
  @Column({ type: 'varchar', length: 150 })
  nameEn: string;

  @Field(() => IndustryCategory)
  @Column({ type: 'varchar', length: 32 })
  category: IndustryCategoryName;

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field()
  @Column({ type: 'text', default: '' })
  descriptionEn: string;

  @Field()
  @Column({ type: 'varchar', length: 100, default: '' })
  planRef: string;

  @Column({ type: 'int', default: 0 })
  sortOrder: number;

  @Field(() => [ChainSegment])
  @OneToMany(() => ChainSegment, (segment) => segment.industry)
  segments: ChainSegment[];
}
