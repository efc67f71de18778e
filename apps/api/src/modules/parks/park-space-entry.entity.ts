import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { numericTransformer } from '../../core/database/numeric.transformer.js';
import { Park } from './park.entity.js';

/** Why a park's free space changed. */
export const ParkSpaceChangeKind = {
  /** The park was created with this free space. */
  CREATED: 'CREATED',
  /** Staff approved an application into the park (decideApplication). */
  APPROVAL: 'APPROVAL',
  /** Staff applied an allocation proposal (many approvals at once). */
  ALLOCATION: 'ALLOCATION',
  /** An approved application was withdrawn or its approval cancelled: the space came back. */
  RELEASE: 'RELEASE',
  /** An admin changed the free space by hand (updatePark), with a reason. */
  HAND_EDIT: 'HAND_EDIT',
  /** An idle plot was recovered (腾笼换鸟): its area became free land of the park. */
  LAND_RECOVERED: 'LAND_RECOVERED',
  /** A recovered plot was reassigned to an enterprise: its area was taken again. */
  LAND_REASSIGNED: 'LAND_REASSIGNED',
} as const;
export type ParkSpaceChangeKind = (typeof ParkSpaceChangeKind)[keyof typeof ParkSpaceChangeKind];
registerEnumType(ParkSpaceChangeKind, { name: 'ParkSpaceChangeKind' });

/**
 * One change of a park's free space (the park space ledger): how much free land (亩) and floor space
 * (m²) changed, what was left, who did it, and why: the application whose decision took or gave
 * back the space, or the reason of a hand edit. Written by ParksService in the change's transaction.
 */
@ObjectType({ description: 'A change of a park’s free space (land and floor), with its cause.' })
@Entity('park_space_entries')
@Index(['parkId', 'seq', 'id'])
@Index(['parkId', 'enterpriseId'])
export class ParkSpaceEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  parkId: string;

  @ManyToOne(() => Park, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parkId' })
  park?: Park;

  /** Order of writing: a page of a park's history is read from the (parkId, seq, id) index. */
  @Column({ type: 'bigint', generated: 'increment' })
  seq: string;

  /** clock_timestamp(), not now(): two changes in one transaction (an allocation) still come in order. */
  @Field()
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  at: Date;

  @Field(() => ParkSpaceChangeKind)
  @Column({ type: 'varchar', length: 16 })
  kind: ParkSpaceChangeKind;

  @Field(() => Float, { description: 'Change of free land in mu: negative when taken.' })
  @Column({ type: 'numeric', default: 0, transformer: numericTransformer })
  landMuDelta: number;

  @Field(() => Float, { description: 'Change of free floor space in m²: negative when taken.' })
  @Column({ type: 'numeric', default: 0, transformer: numericTransformer })
  floorSqmDelta: number;

  @Field(() => Float)
  @Column({ type: 'numeric', transformer: numericTransformer })
  freeLandMuAfter: number;

  @Field(() => Float)
  @Column({ type: 'numeric', transformer: numericTransformer })
  freeFloorSqmAfter: number;

  /** Who acted; the name is resolved for staff (actorName). */
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Field()
  @Column({ type: 'varchar', length: 32 })
  actorRole: string;

  @Field(() => ID, { nullable: true, description: 'The application whose decision took or gave back the space.' })
  @Column({ type: 'uuid', nullable: true })
  applicationId: string | null;

  @Field(() => ID, { nullable: true, description: 'The enterprise that took or gave back the space.' })
  @Column({ type: 'uuid', nullable: true })
  enterpriseId: string | null;

  @Field(() => ID, { nullable: true, description: 'The land plot whose recovery or reassignment changed the land.' })
  @Column({ type: 'uuid', nullable: true })
  landPlotId: string | null;

  @Field(() => String, { nullable: true, description: 'Reason of a hand edit; the decision note otherwise.' })
  @Column({ type: 'text', nullable: true })
  reason: string | null;
}
