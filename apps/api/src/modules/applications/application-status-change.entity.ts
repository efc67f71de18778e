import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { staffOnlyValue } from '../../core/auth/staff-only-value.js';
import { ApplicationStatus } from './application.enums.js';
import { PlacementApplication } from './placement-application.entity.js';

/** One step of an application's status timeline. */
@ObjectType({ description: 'A status change of a placement application.' })
@Entity('placement_application_status_changes')
@Index(['applicationId', 'at'])
export class ApplicationStatusChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => PlacementApplication, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'applicationId' })
  application?: PlacementApplication;

  @Field(() => ApplicationStatus, { nullable: true, description: 'Null for the first status.' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  from: ApplicationStatus | null;

  @Field(() => ApplicationStatus)
  @Column({ type: 'varchar', length: 16 })
  to: ApplicationStatus;

  /** clock_timestamp(), not now(): two changes in one transaction still come in order. */
  @Field()
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  at: Date;

  @Field(() => ID, {
    nullable: true,
    description: 'User id, for staff; others see only their own, else null (see actorName).',
    middleware: [staffOnlyValue],
  })
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Field()
  @Column({ type: 'varchar', length: 32 })
  actorRole: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;
}
