import type { TFunction } from 'i18next';
import type { IncubationCarrierFiguresFragment } from '../../gql/graphql';
import type { Formatters } from '../../format/use-format';

export type CarrierFigures = IncubationCarrierFiguresFragment;

/** The figures of a carrier as a person reads them (占用率, 毕业率, 毕业用时), "—" where there are none. */
export const carrierTexts = (c: CarrierFigures, f: Formatters, t: TFunction) => ({
  name: f.pick(c.park.name, c.park.nameEn),
  occupancy: c.occupancyRate === null ? t('common.none') : f.percent(c.occupancyRate, 0),
  graduationRate: c.graduationRate === null ? t('common.none') : f.percent(c.graduationRate, 0),
  months:
    c.medianMonthsToGraduate === null
      ? t('common.none')
      : t('incubation.months', { count: c.medianMonthsToGraduate, value: f.number(c.medianMonthsToGraduate, 1) }),
  floor: `${f.floor(c.floorSqmInUse)} / ${f.floor(c.park.totalFloorSqm)}`,
});
