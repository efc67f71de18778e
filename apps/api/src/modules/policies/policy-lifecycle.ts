import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import type { Policy } from './policy.entity.js';

export type PolicyLifecycleEvent = 'PUBLISHED' | 'RETIRED';

export type PolicyLifecycleListener = (
  manager: EntityManager,
  actor: Actor,
  policy: Policy,
  event: PolicyLifecycleEvent,
) => Promise<void>;

/**
 * Lets another context act inside the transaction that publishes or retires a policy (matching
 * starts a run there) without policies importing it: matching already imports policies, and
 * import-x/no-cycle forbids the way back. Listeners register at module init.
 */
@Injectable()
export class PolicyLifecycle {
  private readonly listeners: PolicyLifecycleListener[] = [];

  on(listener: PolicyLifecycleListener): void {
    this.listeners.push(listener);
  }

  /** Runs each listener with the publishing transaction's manager; a throw rolls it all back. */
  async emit(manager: EntityManager, actor: Actor, policy: Policy, event: PolicyLifecycleEvent): Promise<void> {
    for (const listener of this.listeners) await listener(manager, actor, policy, event);
  }
}
