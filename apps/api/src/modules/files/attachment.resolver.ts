import { Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { AnyRole } from '../../core/auth/roles.decorator.js';
import { FilesService } from './files.service.js';
import { fileUrl } from './files.controller.js';
import { StoredFile } from './stored-file.entity.js';

@Resolver(() => StoredFile)
export class AttachmentResolver {
  constructor(private readonly files: FilesService) {}

  @AnyRole()
  @Query(() => Int, { description: 'The largest attachment accepted, in bytes (UPLOAD_MAX_BYTES).' })
  attachmentMaxBytes(): number {
    return this.files.maxBytes;
  }
  @ResolveField(() => String, { description: 'GET it with the Bearer token: `/files/{id}`.' })
  url(@Parent() file: StoredFile): string {
    return fileUrl(file.id);
  }

  @ResolveField(() => Boolean, {
    description: 'Uploaded by the signed-in user (who may remove it while the record is open).',
  })
  mine(@Parent() file: StoredFile, @CurrentActor() actor: Actor | null): boolean {
    return !!actor?.userId && file.uploaderId === actor.userId;
  }
}
