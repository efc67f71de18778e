import { ObjectType } from '@nestjs/graphql';
import { connectionType } from '../../core/graphql/pagination.js';
import { EnterpriseProfileChange } from './enterprise-profile-change.entity.js';
import { Enterprise } from './enterprise.entity.js';

@ObjectType()
export class EnterpriseConnection extends connectionType(Enterprise) {}

@ObjectType()
export class EnterpriseProfileChangeConnection extends connectionType(EnterpriseProfileChange) {}
