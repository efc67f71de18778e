import { ObjectType } from '@nestjs/graphql';
import { connectionType } from '../graphql/pagination.js';
import { User } from './user.entity.js';

@ObjectType()
export class UserConnection extends connectionType(User) {}
