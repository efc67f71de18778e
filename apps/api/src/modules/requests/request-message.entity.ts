import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { staffOnlyValue } from '../../core/auth/staff-only-value.js';
import { EnterpriseRequest } from './enterprise-request.entity.js';

/** One message on a request: the enterprise's, the bureau's answer, or an internal note (staff only). */
@ObjectType({ description: 'A message on an enterprise request.' })
@Entity('enterprise_request_messages')
@Index(['requestId', 'createdAt'])
export class RequestMessage {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  requestId: string;

  @ManyToOne(() => EnterpriseRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'requestId' })
  request?: EnterpriseRequest;

  @Field(() => ID, { nullable: true, middleware: [staffOnlyValue] })
  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @Field({ description: 'ENTERPRISE, BUREAU_STAFF or ADMIN.' })
  @Column({ type: 'varchar', length: 32 })
  authorRole: string;

  @Field()
  @Column({ type: 'text' })
  body: string;

  @Field({ description: 'An internal note of the bureau; never shown to the enterprise.' })
  @Column({ type: 'boolean', default: false })
  internal: boolean;

  /** clock_timestamp(): two messages in one transaction still come in order. */
  @Field()
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt: Date;
}
