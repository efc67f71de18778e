import { registerEnumType } from '@nestjs/graphql';

/** What an enterprise asks the bureau for (企业诉求, plan ch.7 §4). */
export enum RequestKind {
  POLICY = 'POLICY',
  PERMIT = 'PERMIT',
  FINANCING = 'FINANCING',
  TALENT = 'TALENT',
  LAND_SPACE = 'LAND_SPACE',
  UTILITIES = 'UTILITIES',
  COMPLAINT = 'COMPLAINT',
  OTHER = 'OTHER',
}

export enum RequestStatus {
  OPEN = 'OPEN',
  ANSWERED = 'ANSWERED',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
}

registerEnumType(RequestKind, {
  name: 'RequestKind',
  description:
    'POLICY 政策咨询 · PERMIT 审批办事 · FINANCING 融资需求 · TALENT 人才用工 · LAND_SPACE 用地用房 · ' +
    'UTILITIES 水电气暖 · COMPLAINT 投诉 · OTHER 其他',
});
registerEnumType(RequestStatus, {
  name: 'RequestStatus',
  description: 'OPEN 待答复 · ANSWERED 已答复 · RESOLVED 已解决 · CLOSED 已关闭',
});
