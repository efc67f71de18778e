import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { AppError, text } from '../../core/errors/app-error.js';
import { fieldFault } from '../../core/errors/field-fault.js';

/**
 * What the context owning a kind of record says about files on it. Files never decide access
 * themselves: the owner's rules (an enterprise sees only its own request; internal notes stay with
 * staff) are applied where they are already kept.
 */
export interface FileOwnerPolicy {
  /** The kind as it appears in URLs and rows, e.g. `request`, `request-message`. */
  kind: string;
  /**
   * The kinds of file the record keeps (an upload must name one as `?category=`); absent when it
   * keeps none (an upload naming one is refused).
   */
  categories?: readonly string[];
  /** Throws (NOT_FOUND for what the actor may not see, BAD_USER_INPUT for a closed record) unless the actor may attach. */
  assertCanAttach(manager: EntityManager, actor: Actor, ownerId: string): Promise<void>;
  /** Of the given owners, those whose files the actor may read. */
  readable(manager: EntityManager, actor: Actor, ownerIds: readonly string[]): Promise<Set<string>>;
  /** Throws unless files on the owner may still be removed (by their uploader). */
  assertCanRemove(manager: EntityManager, actor: Actor, ownerId: string): Promise<void>;
}

export const FILE_LABEL = text('附件', 'Attachment');

/** The owner contexts register their policies at start-up (as jobs register their handlers). */
@Injectable()
export class FileOwnerRegistry {
  private readonly policies = new Map<string, FileOwnerPolicy>();

  register(policy: FileOwnerPolicy): void {
    this.policies.set(policy.kind, policy);
  }

  /** Refuses a category the owner kind does not keep, or a missing one where it keeps some. */
  assertCategory(policy: FileOwnerPolicy, category: string | null): void {
    const allowed = policy.categories ?? [];
    if (category === null ? allowed.length === 0 : allowed.includes(category)) return;
    const why = allowed.length
      ? text(`请选择附件所属的材料类别（${allowed.join('、')}）`, `name the file's category (${allowed.join(', ')})`)
      : text('此类记录的附件不分类别', 'files of this record take no category');
    throw AppError.badInput(why, [fieldFault('category', why.zh, why.en)]);
  }

  /** The policy of a kind; an unknown kind is NOT_FOUND like an unknown record. */
  get(kind: string): FileOwnerPolicy {
    const policy = this.policies.get(kind);
    if (!policy) throw AppError.notFound(FILE_LABEL);
    return policy;
  }
}
