import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Called inside the transaction that changed an enterprise's profile, with the changed fields. */
export type ProfileChangeListener = (
  manager: EntityManager,
  enterpriseId: string,
  fields: readonly string[],
) => Promise<void>;

/**
 * Lets other contexts react to a profile change in its own transaction (to write their outbox
 * events there) without the enterprises context importing them: they import it already, so the
 * dependency points one way. Listeners register on module init.
 */
@Injectable()
export class ProfileChangeHooks {
  private readonly listeners: ProfileChangeListener[] = [];

  add(listener: ProfileChangeListener): void {
    this.listeners.push(listener);
  }

  async run(manager: EntityManager, enterpriseId: string, fields: readonly string[]): Promise<void> {
    for (const listener of this.listeners) await listener(manager, enterpriseId, fields);
  }
}
