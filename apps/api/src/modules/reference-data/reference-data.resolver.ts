import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import {
  DISTRICT_OUTLINE,
  HEADLINE_FIGURES,
  INVESTMENT_CHANNELS,
  INVESTMENT_TARGET_TYPES,
  PARK_OUTLINES,
  PLAN_GOALS_2025,
  SPATIAL_FRAME,
} from '#plan-data';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config.js';
import { AnyRole } from '../../core/auth/roles.decorator.js';
import { HeadlineFigure } from './headline-figure.type.js';
import { InvestmentReferenceItem } from './investment-reference.type.js';
import { PlanGoal, PlanMap } from './plan-map.type.js';

@Resolver()
export class ReferenceDataResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @AnyRole()
  @Query(() => [HeadlineFigure])
  headlineFigures(): HeadlineFigure[] {
    return HEADLINE_FIGURES.map((figure) => ({ ...figure, qualifier: figure.qualifier ?? null }));
  }

  @AnyRole()
  @Query(() => [PlanGoal], { description: 'The plan’s goals for 2025, beside the 2020 headline figures.' })
  planGoals(): PlanGoal[] {
    return PLAN_GOALS_2025.map((goal) => ({ ...goal }));
  }

  @AnyRole()
  @Query(() => PlanMap, {
    description: 'The plan’s spatial frame and the parks’ outlines as GeoJSON geometries (all sample today).',
  })
  planMap(): PlanMap {
    const url = this.config.MAP_TILE_URL;
    const tiles = url ? { url, attribution: this.config.MAP_TILE_ATTRIBUTION ?? '' } : null;
    return { tiles, district: DISTRICT_OUTLINE, frame: [...SPATIAL_FRAME], parkOutlines: [...PARK_OUTLINES] };
  }

  @AnyRole()
  @Query(() => [InvestmentReferenceItem], {
    description: 'Whom to court first (ch.6 §4: 世界和中国500强、实力央企、知名民企…), in the plan’s order.',
  })
  investmentTargetTypes(): InvestmentReferenceItem[] {
    return INVESTMENT_TARGET_TYPES.map(({ code, name, nameEn, planRef }) => ({ code, name, nameEn, planRef }));
  }

  @AnyRole()
  @Query(() => [InvestmentReferenceItem], {
    description:
      'How leads are found (ch.6 §3–4: 亚欧博览会、广交会、跨国采购会、咨询招商、以商招商…), in the plan’s order.',
  })
  investmentChannels(): InvestmentReferenceItem[] {
    return INVESTMENT_CHANNELS.map(({ code, name, nameEn, planRef }) => ({ code, name, nameEn, planRef }));
  }
}
