import { ObjectType } from '@nestjs/graphql';
import { connectionType } from '../../core/graphql/pagination.js';
import { PolicyMatchRecord } from './policy-match.entity.js';

@ObjectType()
export class PolicyQualifierConnection extends connectionType(PolicyMatchRecord) {}
