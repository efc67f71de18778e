import { registerEnumType } from '@nestjs/graphql';

/** A run is RUNNING until every chunk is done or failed for good; then FINISHED, or FAILED if any failed. */
export enum MatchRunStatus {
  RUNNING = 'RUNNING',
  FINISHED = 'FINISHED',
  FAILED = 'FAILED',
}

/** What started a re-match of every enterprise. */
export enum MatchRunTrigger {
  POLICY_PUBLISHED = 'POLICY_PUBLISHED',
  POLICY_RETIRED = 'POLICY_RETIRED',
  DAILY = 'DAILY',
  /** The demo set loaded (embedded first start, `npm run seed:demo`). */
  DEMO_SEED = 'DEMO_SEED',
}

export enum MatchChunkStatus {
  PENDING = 'PENDING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}

registerEnumType(MatchRunStatus, {
  name: 'MatchRunStatus',
  description: 'RUNNING 进行中 · FINISHED 已完成 · FAILED 失败',
});
registerEnumType(MatchRunTrigger, {
  name: 'MatchRunTrigger',
  description:
    'POLICY_PUBLISHED 政策发布 · POLICY_RETIRED 政策废止 · DAILY 每日（政策生效或到期） · DEMO_SEED 载入示例数据',
});
