import { ObjectType } from '@nestjs/graphql';
import { connectionType } from '../../core/graphql/pagination.js';
import { EnterpriseRequest } from './enterprise-request.entity.js';

@ObjectType()
export class EnterpriseRequestConnection extends connectionType(EnterpriseRequest) {}
