import { Card, Col, List, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../format/use-format';
import type { DashboardQuery } from '../../gql/graphql';

type Placements = DashboardQuery['dashboard']['placements'];

/** Placements counted apart: the district's own parks, and enclave parks (飞地) with their partners. */
export const PlacementCards = ({ placements }: { placements: Placements }) => {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} sm={12} xl={6}>
        <Card size="small">
          <Statistic title={t('pipeline.placements.inDistrict')} value={placements.inDistrict} />
        </Card>
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <Card size="small">
          <Statistic title={t('pipeline.placements.inEnclaves')} value={placements.inEnclaves} />
        </Card>
      </Col>
      {placements.byEnclave.length > 0 && (
        <Col xs={24} xl={12}>
          <Card size="small" title={t('pipeline.placements.byEnclave')}>
            <List
              size="small"
              dataSource={placements.byEnclave}
              renderItem={(enclave) => (
                <List.Item key={enclave.parkId}>
                  <Link to={`/parks/${enclave.parkId}`}>{enclave.parkName}</Link>
                  <Typography.Text type="secondary">
                    {t('pipeline.placements.enclaveLine', {
                      partner: enclave.partner ?? t('common.none'),
                      n: enclave.placements,
                      share:
                        enclave.districtTaxSharePercent === null
                          ? t('parks.taxShareNotAgreed')
                          : `${f.number(enclave.districtTaxSharePercent, 1)} ${t('units.percent')}`,
                    })}
                  </Typography.Text>
                </List.Item>
              )}
            />
          </Card>
        </Col>
      )}
    </Row>
  );
};
