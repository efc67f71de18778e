import { ObjectType } from '@nestjs/graphql';
import { connectionType } from '../../core/graphql/pagination.js';
import { Lead } from './lead.entity.js';

@ObjectType()
export class LeadConnection extends connectionType(Lead) {}
