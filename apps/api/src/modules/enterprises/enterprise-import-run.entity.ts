import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { EnterpriseImportStatus } from './enterprise.enums.js';

/**
 * The progress of one enterprise .xlsx import, as a match run reports its own: `done` of `total`
 * rows, updated after each batch is written, so the admin app can show a bar while it runs. The id
 * is the client's (it polls `enterpriseImport(id)` while its `importEnterprises` call is running).
 */
@ObjectType('EnterpriseImport', { description: 'Progress of an enterprise .xlsx import.' })
@Entity('enterprise_imports')
@Check('enterprise_import_counts_not_negative', '"total" >= 0 AND "done" >= 0')
export class EnterpriseImportRun {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => EnterpriseImportStatus, { description: 'RUNNING, then FINISHED or FAILED.' })
  @Column({ type: 'varchar', length: 16, default: EnterpriseImportStatus.RUNNING })
  status: EnterpriseImportStatus;

  @Field(() => Int, { description: 'Rows of the file; 0 until it is read.' })
  @Column({ type: 'int', default: 0 })
  total: number;

  @Field(() => Int, { description: 'Rows checked and, where valid, written.' })
  @Column({ type: 'int', default: 0 })
  done: number;

  /** The staff member who started it. */
  @Column({ type: 'uuid', nullable: true })
  startedBy: string | null;

  @Field()
  @Column({ type: 'timestamptz', default: () => 'now()' })
  startedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
