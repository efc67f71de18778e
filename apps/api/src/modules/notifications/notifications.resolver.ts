import { Args, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { AnyRole } from '../../core/auth/roles.decorator.js';
import { IdArg } from '../../core/graphql/id-arg.decorator.js';
import { connectionType } from '../../core/graphql/pagination.js';
import { NotificationsArgs } from './dto/notifications.args.js';
import { Notification } from './notification.entity.js';
import { NOTIFICATION_LABEL, NotificationsService } from './notifications.service.js';

@ObjectType()
export class NotificationConnection extends connectionType(Notification) {}

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @AnyRole()
  @Query(() => NotificationConnection, { description: "The signed-in user's notifications, newest first." })
  notifications(@CurrentActor() actor: Actor, @Args() args: NotificationsArgs): Promise<NotificationConnection> {
    return this.service.list(actor, args.first, args.after, args.unreadOnly);
  }

  @AnyRole()
  @Query(() => Int)
  unreadNotificationCount(@CurrentActor() actor: Actor): Promise<number> {
    return this.service.unreadCount(actor);
  }

  @AnyRole()
  @Mutation(() => Int, { description: "Marks all of the signed-in user's notifications read; answers how many." })
  markAllNotificationsRead(@CurrentActor() actor: Actor): Promise<number> {
    return this.service.markAllRead(actor);
  }

  @AnyRole()
  @Mutation(() => Notification)
  markNotificationRead(
    @CurrentActor() actor: Actor,
    @IdArg('id', NOTIFICATION_LABEL) id: string,
  ): Promise<Notification> {
    return this.service.markRead(actor, id);
  }
}
