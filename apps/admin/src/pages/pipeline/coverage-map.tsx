import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CoverageStatus, DashboardQuery } from '../../gql/graphql';
import { COVERAGE_LOOK } from './dashboard-view';
import type { Drill } from './drill-drawer';

type Cluster = DashboardQuery['dashboard']['chainCoverage'][number];
type Segment = Cluster['segments'][number];

const STATUSES: readonly CoverageStatus[] = ['LANDED', 'IN_PIPELINE', 'MISSING'];

/**
 * 产业链图谱: each priority cluster's chain segments as cells, coloured and labelled landed / in the
 * pipeline / missing (补链 targets) with their counts; a cell opens the segment's leads.
 */
export const CoverageMap = ({
  clusters,
  onDrill,
}: {
  clusters: readonly Cluster[];
  onDrill: (drill: Drill) => void;
}) => {
  const { t } = useTranslation();
  const cellLabel = (cluster: Cluster, segment: Segment) =>
    t('pipeline.coverage.cellLabel', {
      cluster: cluster.name,
      segment: segment.name,
      status: t(`pipeline.coverage.status.${segment.status}`),
      enterprises: segment.enterprises,
      signed: segment.signedProjects,
      open: segment.openLeads,
    });
  return (
    <section aria-labelledby="pipeline-coverage">
      <Typography.Title level={5} id="pipeline-coverage">
        {t('pipeline.coverage.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('pipeline.coverage.intro')}</Typography.Paragraph>
      <Flex
        wrap
        gap={16}
        component="ul"
        aria-label={t('pipeline.coverage.legend')}
        style={{ padding: 0, margin: '0 0 16px', listStyle: 'none' }}
      >
        {STATUSES.map((status) => (
          <li key={status}>
            <span
              aria-hidden
              style={{
                display: 'inline-block',
                width: 14,
                height: 14,
                marginInlineEnd: 6,
                verticalAlign: 'middle',
                background: COVERAGE_LOOK[status].background,
                border: `2px solid ${COVERAGE_LOOK[status].border}`,
              }}
            />
            {COVERAGE_LOOK[status].sign} {t(`pipeline.coverage.status.${status}`)}：
            {t(`pipeline.coverage.meaning.${status}`)}
          </li>
        ))}
      </Flex>
      {clusters.map((cluster) => (
        <div key={cluster.industryCode} style={{ marginBottom: 16 }}>
          <Typography.Text strong>
            {cluster.name}（{t('pipeline.coverage.missingCount', { n: cluster.missing })}）
          </Typography.Text>
          <ul
            aria-label={cluster.name}
            style={{
              display: 'grid',
              gridTemplateColumns: 'repeat(auto-fill, minmax(168px, 1fr))',
              gap: 8,
              padding: 0,
              margin: '8px 0 0',
              listStyle: 'none',
            }}
          >
            {cluster.segments.map((segment) => {
              const look = COVERAGE_LOOK[segment.status];
              return (
                <li key={segment.code}>
                  <button
                    type="button"
                    aria-label={cellLabel(cluster, segment)}
                    onClick={() =>
                      onDrill({
                        title: `${cluster.name} · ${segment.name}`,
                        filter: { industryCode: cluster.industryCode, chainSegment: segment.code },
                      })
                    }
                    style={{
                      width: '100%',
                      minHeight: 76,
                      textAlign: 'start',
                      cursor: 'pointer',
                      padding: '6px 8px',
                      borderRadius: 6,
                      background: look.background,
                      border: `2px solid ${look.border}`,
                      color: '#1f1f1f',
                    }}
                  >
                    <div style={{ fontWeight: 600 }}>{segment.name}</div>
                    <div>
                      {look.sign} {t(`pipeline.coverage.status.${segment.status}`)}
                    </div>
                    <div style={{ fontSize: 12 }}>
                      {t('pipeline.coverage.counts', {
                        enterprises: segment.enterprises,
                        signed: segment.signedProjects,
                        open: segment.openLeads,
                      })}
                    </div>
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
};
