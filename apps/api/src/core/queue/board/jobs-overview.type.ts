import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Outbox rows of one queue in one state.' })
export class OutboxCount {
  @Field({ description: 'matching or notifications.' })
  queue: string;

  @Field({
    description: 'PENDING (waiting), DISPATCHED (handed to BullMQ), DONE, FAILED (gave up after every attempt).',
  })
  status: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'A job that failed every attempt in-process (embedded mode).' })
export class FailedOutboxJob {
  @Field(() => ID)
  id: string;

  @Field()
  queue: string;

  @Field({ description: 'The job name, e.g. run.chunk.' })
  name: string;

  @Field(() => Int)
  attempts: number;

  @Field(() => String, { nullable: true })
  lastError: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType({ description: 'Admins: how background jobs run here and what waits or failed.' })
export class JobsOverview {
  @Field({
    description: 'True without Redis (embedded mode): jobs run inside the API process, the outbox is their queue.',
  })
  inProcess: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Where the queue board (Bull Board) is served; open a session with POST <boardPath>/session first. Null in process.',
  })
  boardPath: string | null;

  @Field(() => [OutboxCount])
  outbox: OutboxCount[];

  @Field(() => [FailedOutboxJob], { description: 'The latest jobs that failed for good in-process (at most 20).' })
  failed: FailedOutboxJob[];
}
