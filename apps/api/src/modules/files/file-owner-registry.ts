import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { AppError, text } from '../../core/errors/app-error.js';

/**
 * What the context owning a kind of record says about files on it. Files never decide access
 * themselves: the owner's rules (an enterprise sees only its own request; internal notes stay with
 * staff) are applied where they are already kept.
 */
export interface FileOwnerPolicy {
  /** The kind as it appears in URLs and rows, e.g. `request`, `request-message`. */
  kind: string;
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

  /** The policy of a kind; an unknown kind is NOT_FOUND like an unknown record. */
  get(kind: string): FileOwnerPolicy {
    const policy = this.policies.get(kind);
    if (!policy) throw AppError.notFound(FILE_LABEL);
    return policy;
  }
}
