import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Flex,
  List,
  Row,
  Space,
  Statistic,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ResponsiveTable } from '../../components/responsive-table';
import { SampleTag } from '../../components/sample-tag';
import { useFormat } from '../../format/use-format';
import { errorText } from '../../providers/api-error';
import { useGqlQuery } from '../../providers/use-gql';
import { carrierTexts, type CarrierFigures } from './carrier-figures';
import { EntryModal } from './entry-modal';
import { LevelTag } from './level-tag';
import { INCUBATION_LADDER_QUERY } from './queries';

/** 孵化载体: the ladder 众创空间 → 孵化器 → 加速器 → 产业园区, each carrier's figures, and the offshore incubators. */
export const IncubationList = () => {
  const { t } = useTranslation();
  const f = useFormat();
  const [entering, setEntering] = useState(false);
  const { data, isLoading, error } = useGqlQuery(INCUBATION_LADDER_QUERY, {}, { resource: 'incubation' });
  const ladder = data?.incubationLadder;
  const carriers = [...(ladder?.rungs.flatMap((rung) => rung.carriers) ?? []), ...(ladder?.offshore ?? [])];
  const name = (c: CarrierFigures) => (
    <Space size={4} wrap>
      <Link to={`/incubation/${c.parkId}`}>{f.pick(c.park.name, c.park.nameEn)}</Link>
      {c.park.sampleFields.includes('name') && <SampleTag />}
    </Space>
  );
  const columns: TableColumnsType<CarrierFigures> = [
    { key: 'name', title: t('incubation.fields.carrier'), render: (_, c) => name(c) },
    {
      key: 'kind',
      title: t('incubation.fields.rung'),
      width: 120,
      render: (_, c) => (c.park.outsideDistrict ? t('incubation.offshoreKind') : t(`parks.kinds.${c.park.kind}`)),
    },
    {
      key: 'level',
      title: t('incubation.fields.level'),
      width: 100,
      render: (_, c) => <LevelTag level={c.park.level} />,
    },
    { key: 'tenants', title: t('incubation.fields.tenants'), align: 'right', width: 90, render: (_, c) => c.tenants },
    { key: 'seats', title: t('incubation.fields.seats'), align: 'right', width: 90, render: (_, c) => c.seatsInUse },
    {
      key: 'floor',
      title: t('incubation.fields.floorInUse'),
      align: 'right',
      width: 180,
      render: (_, c) => carrierTexts(c, f, t).floor,
    },
    {
      key: 'occupancy',
      title: t('incubation.fields.occupancy'),
      align: 'right',
      width: 100,
      render: (_, c) => carrierTexts(c, f, t).occupancy,
    },
    { key: 'entries', title: t('incubation.fields.entries'), align: 'right', width: 90, render: (_, c) => c.entries },
    {
      key: 'graduations',
      title: t('incubation.fields.graduations'),
      align: 'right',
      width: 90,
      render: (_, c) => c.graduations,
    },
    {
      key: 'rate',
      title: t('incubation.fields.graduationRate'),
      align: 'right',
      width: 100,
      render: (_, c) => carrierTexts(c, f, t).graduationRate,
    },
    {
      key: 'months',
      title: t('incubation.fields.medianMonths'),
      align: 'right',
      width: 120,
      render: (_, c) => carrierTexts(c, f, t).months,
    },
  ];
  const card = (c: CarrierFigures) => {
    const texts = carrierTexts(c, f, t);
    return (
      <Card size="small" title={name(c)} extra={<LevelTag level={c.park.level} />}>
        <Space direction="vertical" size={2}>
          <span>{t('incubation.cardLine', { tenants: c.tenants, occupancy: texts.occupancy })}</span>
          <span>{t('incubation.cardRate', { rate: texts.graduationRate, months: texts.months })}</span>
        </Space>
      </Card>
    );
  };
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('incubation.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEntering(true)}>
          {t('incubation.recordEntry')}
        </Button>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('incubation.intro')}
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon message={errorText(error)} />}
      <Row gutter={[12, 12]} role="list" aria-label={t('incubation.ladder')}>
        {(ladder?.rungs ?? []).map((rung, index) => (
          <Col key={rung.kind} xs={24} sm={12} xl={6} role="listitem">
            <Card
              size="small"
              title={`${index + 1}. ${t(`incubation.rungs.${rung.kind}`)}`}
              style={{ height: '100%' }}
              loading={isLoading}
            >
              <Space direction="vertical" size={8} style={{ width: '100%' }}>
                <Flex gap={16} wrap>
                  <Statistic title={t('incubation.fields.carriers')} value={rung.carriers.length} />
                  <Statistic
                    title={t('incubation.fields.tenants')}
                    value={rung.carriers.reduce((sum, c) => sum + c.tenants, 0)}
                  />
                  {index > 0 && <Statistic title={t('incubation.fields.arrivals')} value={rung.arrivals} />}
                </Flex>
                {rung.carriers.length > 0 ? (
                  <List
                    size="small"
                    dataSource={rung.carriers}
                    renderItem={(c) => (
                      <List.Item style={{ paddingInline: 0 }}>
                        <Space size={4} wrap>
                          <Link to={`/incubation/${c.parkId}`}>{f.pick(c.park.name, c.park.nameEn)}</Link>
                          <LevelTag level={c.park.level} />
                        </Space>
                      </List.Item>
                    )}
                  />
                ) : (
                  <Typography.Text type="secondary">
                    {t(rung.kind === 'INDUSTRIAL_PARK' ? 'incubation.parkRungHint' : 'incubation.noCarriersInRung')}
                  </Typography.Text>
                )}
              </Space>
            </Card>
          </Col>
        ))}
      </Row>
      <Card size="small" title={t('incubation.offshoreTitle')}>
        <Typography.Paragraph type="secondary">{t('incubation.offshoreIntro')}</Typography.Paragraph>
        <Flex gap={8} wrap>
          {(ladder?.offshore ?? []).map((c) => (
            <Tag key={c.parkId} bordered={false} color="#10239e">
              <Link to={`/incubation/${c.parkId}`} style={{ color: '#fff' }}>
                {f.pick(c.park.name, c.park.nameEn)}
              </Link>{' '}
              · {t('incubation.graduatesToLeads', { count: c.graduations })}
            </Tag>
          ))}
        </Flex>
      </Card>
      <ResponsiveTable<CarrierFigures>
        rowKey="parkId"
        columns={columns}
        card={card}
        label={t('incubation.figuresTitle')}
        dataSource={carriers}
        loading={isLoading}
        pagination={false}
        size="middle"
        scroll={{ x: 1300 }}
        empty={<Typography.Text type="secondary">{t('incubation.empty')}</Typography.Text>}
      />
      <EntryModal open={entering} onClose={() => setEntering(false)} />
    </Space>
  );
};
