import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../database/base.entity.js';
import { Role } from './role.enum.js';

@ObjectType()
@Entity('users')
export class User extends BaseEntity {
  /** Stored lower-case; unique. */
  @Field()
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => Role)
  @Column({ type: 'enum', enum: Role, enumName: 'user_role' })
  role: Role;

  /** argon2id hash; never leaves the service layer. */
  @Column({ type: 'varchar', length: 255, select: false })
  passwordHash: string;

  /** The enterprise an ENTERPRISE user acts for. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  enterpriseId: string | null;

  /** Only for the foreign key; GraphQL's User.enterprise resolves through a DataLoader. */
  @ManyToOne('Enterprise', { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'enterpriseId' })
  enterpriseRecord?: { id: string } | null;

  @Field()
  @Column({ type: 'boolean', default: true })
  active: boolean;

  /**
   * Carried in every access token (`ver`) and compared on each request: signing out or changing
   * the password raises it, which revokes every token issued before. Never leaves the service layer.
   */
  @Column({ type: 'int', default: 0, select: false })
  tokenVersion: number;

  /** The lock of an admin's edit (updateUser): signing in does not change it. */
  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;

  /** Set by every successful sign-in. */
  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null;
}
