import { Controller, Delete, Get, HttpCode, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import '@fastify/multipart';
import { isUUID } from 'class-validator';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor, type ActorRequest } from '../../core/auth/current-actor.decorator.js';
import { AnyRole } from '../../core/auth/roles.decorator.js';
import { AppError } from '../../core/errors/app-error.js';
import { contentDisposition } from './file-name.js';
import { FILE_LABEL } from './file-owner-registry.js';
import { FilesService } from './files.service.js';
import type { StoredFile } from './stored-file.entity.js';
import { UploadErrorFilter } from './upload-error.filter.js';
import { noFile } from './upload-errors.js';

/** A malformed id answers NOT_FOUND like an unknown one (as `@IdArg` does in GraphQL). */
const checkedId = (id: string, label = FILE_LABEL): string => {
  if (!isUUID(id)) throw AppError.notFound(label);
  return id;
};

export const fileUrl = (id: string): string => `/files/${id}`;

/**
 * Attachments over plain HTTP (binaries are not GraphQL), with the same `Authorization: Bearer`
 * token: `POST /files/:ownerKind/:ownerId[?category=…]` (multipart/form-data, one file part; the category
 * where the record sorts its files, e.g. an application's BUSINESS_LICENSE), `GET /files/:id`,
 * `DELETE /files/:id`. Who may do what is the owning record's rule (FileOwnerRegistry).
 */
@Controller('files')
@UseFilters(UploadErrorFilter)
export class FilesController {
  constructor(private readonly files: FilesService) {}

  @AnyRole()
  @Post(':ownerKind/:ownerId')
  @HttpCode(201)
  async upload(
    @CurrentActor() actor: Actor,
    @Param('ownerKind') ownerKind: string,
    @Param('ownerId') ownerId: string,
    @Req() request: ActorRequest,
    @Query('category') category?: unknown,
  ): Promise<{ id: string; name: string; size: number; contentType: string; url: string; category: string | null }> {
    const max = this.files.maxBytes;
    const kind = typeof category === 'string' && category ? category : null;
    const file = await this.files.upload(
      actor,
      ownerKind,
      checkedId(ownerId),
      async () => {
        if (!request.isMultipart()) return undefined;
        // one part only; busboy's own cut one byte past the limit, so the service's count sees it first
        // a malformed body, or a text field where the file should be, is a missing file
        return request.file({ limits: { fileSize: max + 1, files: 1, fields: 0, parts: 2 } }).catch(() => {
          throw noFile();
        });
      },
      kind,
    );
    return view(file);
  }

  @AnyRole()
  @Get(':id')
  async download(@CurrentActor() actor: Actor, @Param('id') id: string, @Res() reply: FastifyReply): Promise<void> {
    const { file, stream } = await this.files.open(actor, checkedId(id));
    await reply
      .header('content-type', file.contentType)
      .header('content-length', String(file.size))
      .header('content-disposition', contentDisposition(file.name))
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('cache-control', 'private, no-store')
      .send(stream);
  }

  @AnyRole()
  @Delete(':id')
  @HttpCode(204)
  async remove(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<void> {
    await this.files.remove(actor, checkedId(id));
  }
}

const view = (file: StoredFile) => ({
  id: file.id,
  name: file.name,
  size: file.size,
  contentType: file.contentType,
  url: fileUrl(file.id),
  category: file.category,
});
