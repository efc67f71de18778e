import { Card, Col, Flex, Progress, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import { FAIL, MUTED } from '../applications/text-colors';
import type { ProposeAllocationMutation } from '../../gql/graphql';

type Assignment = ProposeAllocationMutation['proposeAllocation']['assignments'][number];

interface ParkLoad {
  park: Assignment['park'];
  landMu: number;
  floorSqm: number;
}

/** The space the proposal takes from each park: land for LAND applications, floor space for the rest. */
export const parkLoads = (assignments: readonly Assignment[]): ParkLoad[] => {
  const loads = new Map<string, ParkLoad>();
  for (const a of assignments) {
    const load = loads.get(a.park.id) ?? { park: a.park, landMu: 0, floorSqm: 0 };
    if (a.application.kind === 'LAND') load.landMu += a.application.landMu ?? 0;
    else load.floorSqm += a.application.floorSqm ?? 0;
    loads.set(a.park.id, load);
  }
  return [...loads.values()];
};

/**
 * One measure of one park: the free share before (the whole bar's coloured part) and after the
 * proposal (green); the part between is what the proposal takes.
 */
const CapacityBar = ({
  label,
  before,
  taken,
  total,
  unit,
}: {
  label: string;
  before: number;
  taken: number;
  total: number;
  unit: 'mu' | 'sqm';
}) => {
  const { t } = useTranslation();
  const f = useFormat();
  const fmt = unit === 'mu' ? f.land : f.floor;
  if (total <= 0) return null;
  const after = before - taken;
  const pct = (v: number) => Math.max(0, Math.round((v / total) * 1000) / 10);
  const text = t('allocation.capacity.text', { before: fmt(before), after: fmt(after), total: fmt(total) });
  return (
    <div>
      <Flex justify="space-between" gap={8} wrap>
        <Typography.Text>{label}</Typography.Text>
        <Typography.Text style={{ ...(after < 0 ? FAIL : MUTED), fontSize: 12 }}>
          {t('allocation.capacity.takes', { taken: fmt(taken) })}
        </Typography.Text>
      </Flex>
      <Progress
        percent={pct(before)}
        success={{ percent: pct(after) }}
        showInfo={false}
        aria-label={`${label} ${text}`}
      />
      <Typography.Text style={{ ...MUTED, fontSize: 12 }}>{text}</Typography.Text>
    </div>
  );
};

/** Per park of the proposal: free land (亩) and floor space (m²) before and after applying it. */
export const CapacityBars = ({ assignments }: { assignments: readonly Assignment[] }) => {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Row gutter={[12, 12]}>
      {parkLoads(assignments).map(({ park, landMu, floorSqm }) => (
        <Col key={park.id} xs={24} md={12} xl={8}>
          <Card
            size="small"
            title={f.pick(park.name, park.nameEn)}
            role="group"
            aria-label={f.pick(park.name, park.nameEn)}
          >
            <Flex vertical gap={12}>
              <CapacityBar
                label={t('allocation.capacity.land')}
                before={park.freeLandMu}
                taken={landMu}
                total={park.totalLandMu}
                unit="mu"
              />
              <CapacityBar
                label={t('allocation.capacity.floor')}
                before={park.freeFloorSqm}
                taken={floorSqm}
                total={park.totalFloorSqm}
                unit="sqm"
              />
            </Flex>
          </Card>
        </Col>
      ))}
    </Row>
  );
};
