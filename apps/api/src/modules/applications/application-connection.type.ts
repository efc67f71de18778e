import { ObjectType } from '@nestjs/graphql';
import { connectionType } from '../../core/graphql/pagination.js';
import { PlacementApplication } from './placement-application.entity.js';

@ObjectType()
export class PlacementApplicationConnection extends connectionType(PlacementApplication) {}
