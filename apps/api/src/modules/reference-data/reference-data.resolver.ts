import { Query, Resolver } from '@nestjs/graphql';
import { HEADLINE_FIGURES } from '#plan-data';
import { AnyRole } from '../../core/auth/roles.decorator.js';
import { HeadlineFigure } from './headline-figure.type.js';

@Resolver()
export class ReferenceDataResolver {
  @AnyRole()
  @Query(() => [HeadlineFigure])
  headlineFigures(): HeadlineFigure[] {
    return HEADLINE_FIGURES.map((figure) => ({ ...figure, qualifier: figure.qualifier ?? null }));
  }
}
