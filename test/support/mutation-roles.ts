import type { INestApplication } from '@nestjs/common';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { PUBLIC_KEY, ROLES_KEY } from '../../apps/api/src/core/auth/roles.decorator.js';
import type { Role } from '../../apps/api/src/core/users/role.enum.js';

// @nestjs/graphql's metadata keys (graphql.constants), set by @Mutation() on the handler.
const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';

/** Who may call a mutation: `public` (no sign-in) or the roles of its @Roles decorator (none: refused to all). */
export interface MutationAccess {
  public: boolean;
  roles: Role[];
}

/** Reads every mutation's role decorator from the running app, as the global guard does. */
export function mutationAccess(app: INestApplication): Map<string, MutationAccess> {
  const reflector = app.get(Reflector);
  const access = new Map<string, MutationAccess>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.providers.values()) {
      const instance = wrapper.instance as object | null;
      if (!instance || !wrapper.metatype) continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const key of Object.getOwnPropertyNames(prototype)) {
        // The descriptor's value, not prototype[key]: some providers have getters that throw off their instance.
        const handler: unknown = Object.getOwnPropertyDescriptor(prototype, key)?.value;
        if (typeof handler !== 'function' || Reflect.getMetadata(RESOLVER_TYPE, handler) !== 'Mutation') continue;
        const targets = [handler, instance.constructor];
        access.set((Reflect.getMetadata(RESOLVER_NAME, handler) as string | undefined) ?? key, {
          public: reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) ?? false,
          roles: reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? [],
        });
      }
    }
  }
  return access;
}
