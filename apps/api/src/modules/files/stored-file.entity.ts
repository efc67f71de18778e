import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A file someone attached to a record (a request, a message; later an application), stored under
 * UPLOAD_DIR by a random name. `ownerKind` + `ownerId` name the record; its context decides who may
 * see, add and remove the file (see file-owner-registry.ts).
 */
@ObjectType('Attachment', { description: 'A file attached to a record; download it from `url` with the token.' })
@Entity('stored_files')
@Index(['ownerKind', 'ownerId', 'createdAt'])
export class StoredFile {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 32 })
  ownerKind: string;

  @Column({ type: 'uuid' })
  ownerId: string;

  @Field(() => String, {
    nullable: true,
    description:
      'What the file is for its record (an application’s BUSINESS_LICENSE, …); null where the record keeps no kinds.',
  })
  @Column({ type: 'varchar', length: 32, nullable: true })
  category: string | null;

  @Field({ description: 'The uploader’s file name, cleaned; only a label.' })
  @Column({ type: 'varchar', length: 255 })
  name: string;

  @Field(() => Int, { description: 'Bytes.' })
  @Column({ type: 'int' })
  size: number;

  @Field({ description: 'From the file’s content, not from the uploader.' })
  @Column({ type: 'varchar', length: 100 })
  contentType: string;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  /** Random; the path under UPLOAD_DIR. Never shown. */
  @Column({ type: 'varchar', length: 80, unique: true })
  storageName: string;

  @Column({ type: 'uuid', nullable: true })
  uploaderId: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
