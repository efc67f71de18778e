import { Button, Card, Collapse, Empty, Flex, Progress, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import { FAIL, MUTED, PASS, WARN } from './text-colors';
import type { ParkMatchDetailsFragment } from '../../gql/graphql';

export type RankedPark = ParkMatchDetailsFragment;

/** A score out of 100 as the ranking prints it ("82.5 分"). */
export const useScoreText = () => {
  const { t } = useTranslation();
  const f = useFormat();
  return (score: number) => t('parkRanking.score', { score: f.number(score, 1) });
};

/** The named parts of a suitable park's score, each a bar of its points out of its weight. */
const ScoreComponents = ({ match }: { match: RankedPark }) => {
  const f = useFormat();
  return (
    <Space direction="vertical" size={2} style={{ width: '100%' }}>
      {match.components.map((c) => (
        <div key={c.code}>
          <Flex justify="space-between" gap={8}>
            <Typography.Text style={{ fontSize: 13 }}>{c.label}</Typography.Text>
            <Typography.Text style={{ ...MUTED, fontSize: 12, whiteSpace: 'nowrap' }}>
              {f.number(c.points, 1)} / {f.number(c.weight, 0)}
            </Typography.Text>
          </Flex>
          <Progress
            percent={Math.round(c.value * 100)}
            size="small"
            showInfo={false}
            aria-label={`${c.label} ${f.number(c.points, 1)} / ${f.number(c.weight, 0)}`}
          />
          <Typography.Text style={{ ...MUTED, fontSize: 12 }}>{c.detail}</Typography.Text>
        </div>
      ))}
    </Space>
  );
};

/** One ranked park: name, verdict and score; the components when suitable, the failed constraints when not. */
export const ParkRankCard = ({
  match,
  rank,
  action,
}: {
  match: RankedPark;
  rank?: number;
  action?: React.ReactNode;
}) => {
  const { t } = useTranslation();
  const f = useFormat();
  const scoreText = useScoreText();
  const name = f.pick(match.park.name, match.park.nameEn);
  return (
    <Card
      size="small"
      role="group"
      aria-label={name}
      title={
        <Space size={6} wrap style={{ whiteSpace: 'normal' }}>
          {rank !== undefined && <Typography.Text style={MUTED}>{rank}.</Typography.Text>}
          <span>{name}</span>
          {match.suitable ? (
            <Tag color="green" bordered={false} style={PASS}>
              {t('parkRanking.suitable')}
            </Tag>
          ) : (
            <Tag color="red" bordered={false} style={FAIL}>
              {t('parkRanking.unsuitable')}
            </Tag>
          )}
        </Space>
      }
      extra={
        match.suitable ? (
          <Typography.Text strong style={{ fontSize: 16, whiteSpace: 'nowrap' }}>
            {scoreText(match.score)}
          </Typography.Text>
        ) : null
      }
    >
      {match.suitable ? (
        <ScoreComponents match={match} />
      ) : (
        <>
          <Typography.Text style={MUTED}>{t('parkRanking.fails')}</Typography.Text>
          <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
            {match.reasons.map((reason) => (
              <li key={reason}>
                <Typography.Text style={FAIL}>{reason}</Typography.Text>
              </li>
            ))}
          </ul>
        </>
      )}
      {match.unknowns.length > 0 && (
        <Typography.Paragraph style={{ ...WARN, margin: '8px 0 0', fontSize: 12 }}>
          {t('parkRanking.unknowns', { list: match.unknowns.join(t('applications.separator')) })}
        </Typography.Paragraph>
      )}
      {action && <div style={{ marginTop: 8 }}>{action}</div>}
    </Card>
  );
};

/**
 * Parks ranked for an application: the suitable ones by score with their components, then the
 * unsuitable ones (folded) with the constraints each fails, in words.
 */
export const ParkRanking = ({
  matches,
  limit = 5,
  onPick,
  picked,
}: {
  matches: readonly RankedPark[];
  limit?: number;
  /** Offers "choose as preferred" on each suitable park. */
  onPick?: (parkId: string) => void;
  picked?: readonly string[];
}) => {
  const { t } = useTranslation();
  const suitable = matches.filter((m) => m.suitable);
  const unsuitable = matches.filter((m) => !m.suitable);
  if (!matches.length) return <Empty description={t('parkRanking.empty')} />;
  const pickButton = (m: RankedPark) =>
    onPick ? (
      <Button size="small" disabled={picked?.includes(m.parkId)} onClick={() => onPick(m.parkId)}>
        {picked?.includes(m.parkId) ? t('parkRanking.picked') : t('parkRanking.pick')}
      </Button>
    ) : undefined;
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      {suitable.length === 0 && <Typography.Text style={FAIL}>{t('parkRanking.noneSuitable')}</Typography.Text>}
      {suitable.slice(0, limit).map((m, i) => (
        <ParkRankCard key={m.parkId} match={m} rank={i + 1} action={pickButton(m)} />
      ))}
      {suitable.length > limit && (
        <Typography.Text style={MUTED}>{t('parkRanking.more', { count: suitable.length - limit })}</Typography.Text>
      )}
      {unsuitable.length > 0 && (
        <Collapse
          size="small"
          items={[
            {
              key: 'unsuitable',
              label: t('parkRanking.unsuitableCount', { count: unsuitable.length }),
              children: (
                <Space direction="vertical" size={8} style={{ width: '100%' }}>
                  {unsuitable.map((m) => (
                    <ParkRankCard key={m.parkId} match={m} />
                  ))}
                </Space>
              ),
            },
          ]}
        />
      )}
    </Space>
  );
};
