import { Alert, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationKind, ParkMatchPreviewInput, PollutionCategory } from '../../gql/graphql';
import { useGqlQuery } from '../../providers/use-gql';
import { PARK_MATCH_PREVIEW_QUERY } from './park-match-queries';
import { ParkRanking } from './park-ranking';
import { MUTED } from './text-colors';
import { needsLand } from './space';

export interface WizardNeeds {
  kind: ApplicationKind;
  landMu?: number | null;
  floorSqm?: number | null;
  energyTce?: number | null;
  pollutionCategory?: PollutionCategory | null;
  infrastructureNeeds?: string[];
}

/** The needs, settled for a moment before they are asked about (typing a figure asks once). */
const useSettled = <T,>(value: T, ms = 300): T => {
  const [settled, setSettled] = useState(value);
  const key = JSON.stringify(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(JSON.parse(key) as T), ms);
    return () => clearTimeout(timer);
  }, [key, ms]);
  return settled;
};

/**
 * 园区推荐: every active park ranked for the needs entered so far, with the enterprise's own
 * profile facts (industry, chain segment, tier); a suitable park can be chosen as preferred.
 */
export const WizardParkSuggestions = ({
  needs,
  picked,
  onPick,
}: {
  needs: WizardNeeds;
  picked: readonly string[];
  onPick: (parkId: string) => void;
}) => {
  const { t } = useTranslation();
  const space = needsLand(needs.kind) ? needs.landMu : needs.floorSqm;
  const input: ParkMatchPreviewInput = useSettled({
    kind: needs.kind,
    landMu: needsLand(needs.kind) ? (needs.landMu ?? null) : null,
    floorSqm: needsLand(needs.kind) ? null : (needs.floorSqm ?? null),
    energyTce: needs.energyTce ?? null,
    pollutionCategory: needs.pollutionCategory ?? null,
    infrastructureNeeds: needs.infrastructureNeeds ?? [],
  });
  const known = !!space && space > 0;
  const { data, isLoading, error } = useGqlQuery(
    PARK_MATCH_PREVIEW_QUERY,
    { input },
    { resource: 'applications', enabled: known },
  );
  return (
    <section aria-labelledby="park-suggestions-title" style={{ marginBottom: 24 }}>
      <Typography.Title level={5} id="park-suggestions-title">
        {t('parkRanking.title')}
      </Typography.Title>
      <Typography.Paragraph style={MUTED}>{t('parkRanking.wizardHint')}</Typography.Paragraph>
      {!known && <Alert type="info" showIcon message={t('parkRanking.needSpace')} />}
      {known && error && <Alert type="error" showIcon message={error.message} />}
      {known && isLoading && <Skeleton active />}
      {known && data && <ParkRanking matches={data.parkMatchPreview} onPick={onPick} picked={picked} />}
    </section>
  );
};
