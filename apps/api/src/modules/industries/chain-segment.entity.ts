import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
// A type-only import: Industry imports this file at run time, so a value import here is a cycle.
import type { Industry } from './industry.entity.js';

/** A segment (环节) of an industrial chain. */
@ObjectType()
@Entity('chain_segments')
export class ChainSegment {
  @Field()
  @PrimaryColumn({ type: 'varchar', length: 96 })
  code: string;

  @Index()
  @Column({ type: 'varchar', length: 64 })
  industryCode: string;

  @ManyToOne('Industry', (industry: Industry) => industry.segments, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'industryCode' })
  industry: Relation<Industry>;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field()
  @Column({ type: 'varchar', length: 150 })
  nameEn: string;

  @Column({ type: 'int', default: 0 })
  sortOrder: number;
}
