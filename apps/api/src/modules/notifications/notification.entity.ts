import { Field, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-type-json';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity.js';

/** An in-app message to one user. (userId, dedupeKey) makes a job's insert idempotent. */
@ObjectType()
@Entity('notifications')
@Index(['userId', 'dedupeKey'], { unique: true })
export class Notification extends BaseEntity {
  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @Field()
  @Column({ type: 'varchar', length: 64 })
  kind: string;

  @Column({ type: 'varchar', length: 200 })
  dedupeKey: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  titleEn: string;

  @Field()
  @Column({ type: 'text' })
  body: string;

  @Field()
  @Column({ type: 'text' })
  bodyEn: string;

  @Field(() => GraphQLJSON)
  @Column({ type: 'jsonb', default: {} })
  data: Record<string, any>;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
