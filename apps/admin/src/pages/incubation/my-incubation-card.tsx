import { Card, Space, Steps, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../format/use-format';
import { useGqlQuery } from '../../providers/use-gql';
import { RUNGS, STATUS_COLORS } from './ladder-model';
import { INCUBATION_STAYS_QUERY } from './queries';

/**
 * Where the signed-in enterprise stands on the ladder (众创空间 → 孵化器 → 加速器 → 产业园区), from its
 * latest stay; nothing when it has none. A graduate is pointed at its pre-filled application.
 */
export const MyIncubationCard = () => {
  const { t } = useTranslation();
  const f = useFormat();
  const { data } = useGqlQuery(INCUBATION_STAYS_QUERY, { first: 1, after: null }, { resource: 'incubation' });
  const stay = data?.incubationStays.edges[0]?.node;
  if (!stay || stay.park.outsideDistrict) return null;
  const rung = RUNGS.indexOf(stay.park.kind);
  const current = stay.status === 'GRADUATED' ? rung + 1 : rung;
  return (
    <Card size="small" title={t('incubation.mine.title')}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Steps
          size="small"
          current={current}
          responsive
          items={RUNGS.map((kind) => ({ title: t(`incubation.rungs.${kind}`) }))}
        />
        <Space wrap>
          <Typography.Text>{f.pick(stay.park.name, stay.park.nameEn)}</Typography.Text>
          <Tag color={STATUS_COLORS[stay.status]}>{t(`incubation.statuses.${stay.status}`)}</Tag>
          <Typography.Text type="secondary">
            {t('incubation.fields.enteredOn')}：{stay.enteredOn}
            {stay.endedOn ? ` · ${t('incubation.fields.endedOn')}：${stay.endedOn}` : ''}
          </Typography.Text>
        </Space>
        {stay.applicationId && (
          <Typography.Text>
            {t('incubation.mine.draftReady')}{' '}
            <Link to={`/applications/${stay.applicationId}`} style={{ textDecoration: 'underline' }}>
              {t('incubation.mine.openDraft')}
            </Link>
          </Typography.Text>
        )}
      </Space>
    </Card>
  );
};
