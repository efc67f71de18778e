import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttachmentResolver } from './attachment.resolver.js';
import { FileOwnerRegistry } from './file-owner-registry.js';
import { FilesController } from './files.controller.js';
import { FilesService } from './files.service.js';
import { StoredFile } from './stored-file.entity.js';
import { UploadThrottle } from './upload-throttle.service.js';

/**
 * Attachments for any record (requests and their messages now, applications later): streamed
 * uploads with size, type and rate limits, stored under UPLOAD_DIR, served to those who may see the record.
 */
@Module({
  imports: [TypeOrmModule.forFeature([StoredFile])],
  controllers: [FilesController],
  providers: [FilesService, FileOwnerRegistry, UploadThrottle, AttachmentResolver],
  exports: [FilesService, FileOwnerRegistry],
})
export class FilesModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  /** The Fastify adapter registers @fastify/multipart (streams, not buffers); the worker has no HTTP. */
  onModuleInit(): void {
    const adapter = this.adapterHost.httpAdapter as { useMultipart?: () => void } | undefined;
    adapter?.useMultipart?.();
  }
}
