import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config.js';
import { AppError } from '../../core/errors/app-error.js';
import { sanitizeFileName } from './file-name.js';
import { FILE_LABEL, FileOwnerRegistry } from './file-owner-registry.js';
import { CONTENT_TYPES } from './file-type.js';
import { StoredFile } from './stored-file.entity.js';
import { noFile } from './upload-errors.js';
import { discard, openStored, receiveUpload, resolveUploadDir } from './upload-store.js';
import { UploadThrottle } from './upload-throttle.service.js';

/** One file part of a multipart request, read only once the upload is allowed. */
export interface IncomingFile {
  file: Readable;
  filename: string;
}

/**
 * Attachments: stored under UPLOAD_DIR by random names, one row each, readable and removable as
 * the owning record's context says (FileOwnerRegistry).
 */
@Injectable()
export class FilesService {
  private readonly logger = new Logger(FilesService.name);
  readonly dir: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: FileOwnerRegistry,
    private readonly audit: AuditService,
    private readonly throttle: UploadThrottle,
  ) {
    this.dir = resolveUploadDir(config);
  }

  get maxBytes(): number {
    return this.config.UPLOAD_MAX_BYTES;
  }

  /**
   * Counts the attempt and checks the owner before a byte is read; then streams the file to disk
   * (size and type checked on the way) and records it with its audit row. Whatever fails, neither
   * the file nor its row stays behind.
   */
  async upload(
    actor: Actor,
    kind: string,
    ownerId: string,
    next: () => Promise<IncomingFile | undefined>,
    category: string | null = null,
  ): Promise<StoredFile> {
    const policy = this.registry.get(kind);
    this.registry.assertCategory(policy, category);
    if (!actor.userId) throw AppError.forbidden();
    await this.throttle.consume(actor.userId);
    await policy.assertCanAttach(this.dataSource.manager, actor, ownerId);
    const part = await next();
    if (!part) throw noFile();
    const received = await receiveUpload(part.file, this.dir, this.config.UPLOAD_MAX_BYTES);
    try {
      return await this.dataSource.transaction(async (manager) => {
        // again under the transaction: the record may have closed while the file came in
        await policy.assertCanAttach(manager, actor, ownerId);
        const row = manager.create(StoredFile, {
          ownerKind: kind,
          ownerId,
          category,
          name: sanitizeFileName(part.filename),
          size: received.size,
          contentType: CONTENT_TYPES[received.type],
          sha256: received.sha256,
          storageName: received.storageName,
          uploaderId: actor.userId,
        });
        await manager.insert(StoredFile, row);
        await this.audit.record(manager, actor, {
          action: 'file.upload',
          entity: 'StoredFile',
          entityId: row.id,
          after: { ownerKind: kind, ownerId, category, name: row.name, size: row.size, contentType: row.contentType },
        });
        return row;
      });
    } catch (error) {
      await discard(this.dir, received.storageName);
      throw error;
    }
  }

  /** The file and its content, if the actor may read its owner; otherwise NOT_FOUND. */
  async open(actor: Actor, id: string): Promise<{ file: StoredFile; stream: ReadStream }> {
    const file = await this.readable(actor, id);
    return { file, stream: openStored(this.dir, file.storageName) };
  }

  /** The uploader removes a file while its record allows it; the content goes once the row is gone. */
  async remove(actor: Actor, id: string): Promise<void> {
    const file = await this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(StoredFile, { where: { id }, lock: { mode: 'pessimistic_write' } });
      const policy = row ? this.registry.get(row.ownerKind) : null;
      if (!row || !policy || !(await policy.readable(manager, actor, [row.ownerId])).has(row.ownerId)) {
        throw AppError.notFound(FILE_LABEL);
      }
      if (row.uploaderId !== actor.userId) throw AppError.forbidden();
      await policy.assertCanRemove(manager, actor, row.ownerId);
      await manager.delete(StoredFile, id);
      await this.audit.record(manager, actor, {
        action: 'file.remove',
        entity: 'StoredFile',
        entityId: id,
        before: { ownerKind: row.ownerKind, ownerId: row.ownerId, name: row.name, sha256: row.sha256 },
      });
      return row;
    });
    await discard(this.dir, file.storageName).catch((error: unknown) =>
      this.logger.warn({ err: error, id }, 'removed file not deleted from disk'),
    );
  }

  /** The files of each owner, oldest first (for a DataLoader); the caller has checked the owners. */
  async listFor(
    kind: string,
    ownerIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<StoredFile[][]> {
    const rows = await manager.find(StoredFile, {
      where: { ownerKind: kind, ownerId: In([...ownerIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return ownerIds.map((ownerId) => rows.filter((row) => row.ownerId === ownerId));
  }

  private async readable(actor: Actor, id: string): Promise<StoredFile> {
    const row = await this.dataSource.manager.findOne(StoredFile, { where: { id } });
    if (!row) throw AppError.notFound(FILE_LABEL);
    const policy = this.registry.get(row.ownerKind);
    const allowed = await policy.readable(this.dataSource.manager, actor, [row.ownerId]);
    if (!allowed.has(row.ownerId)) throw AppError.notFound(FILE_LABEL);
    return row;
  }
}
