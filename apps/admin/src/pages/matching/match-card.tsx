import { DownOutlined, EditOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../format/use-format';
import { ExplanationList, explanationLeaves } from '../policies/policy-explanation/explanation-list';
import { useFactLabel } from '../policies/policy-explanation/fact-label';
import type { PolicyMatchView } from './match-groups';

/** The profile form opened at one fact (the editor focuses `?focus=<fact>`). */
export const profileFieldPath = (enterpriseId: string, fact: string) =>
  `/enterprises/${enterpriseId}/edit?focus=${encodeURIComponent(fact)}`;

/** What a qualified match pays and whether it adds to the total. */
const Stacking = ({ match }: { match: PolicyMatchView }) => {
  const { t } = useTranslation();
  const f = useFormat();
  const { stacking } = match;
  if (stacking.supersededBy)
    return (
      <Tag color="default" style={{ whiteSpace: 'normal' }}>
        {t('my-policies.superseded', {
          policy: f.pick(stacking.supersededBy.title, stacking.supersededBy.titleEn),
        })}
      </Tag>
    );
  if (stacking.group) return <Tag color="blue">{t('my-policies.stacksInGroup')}</Tag>;
  return <Tag color="green">{t('my-policies.stacks')}</Tag>;
};

/**
 * One policy as it applies to the enterprise: title, then what the section needs (amount, gap,
 * missing facts), and the explanation on demand.
 */
export const MatchCard = ({ match, enterpriseId }: { match: PolicyMatchView; enterpriseId: string }) => {
  const { t } = useTranslation();
  const f = useFormat();
  const factLabel = useFactLabel();
  const [open, setOpen] = useState(false);
  const title = f.pick(match.policy.title, match.policy.titleEn);
  // the profile form's own label of a field; the vocabulary's label for a fact it does not show
  const fieldLabel = (fact: string) => t(`enterprises.facts.${fact}`, { defaultValue: factLabel(fact) });

  let body: ReactNode;
  if (match.outcome === 'ELIGIBLE')
    body = (
      <Flex gap={8} wrap align="center">
        {match.benefit > 0 ? (
          <>
            <Typography.Text>
              {t('my-policies.benefit')}
              <Typography.Text strong>{f.money(match.benefit)}</Typography.Text>
            </Typography.Text>
            <Stacking match={match} />
          </>
        ) : (
          <Typography.Text type="secondary">{t('my-policies.noAmount')}</Typography.Text>
        )}
      </Flex>
    );
  else if (match.outcome === 'NEEDS_INFO')
    body = (
      <Flex gap={6} wrap align="center">
        <Typography.Text type="secondary">{t('my-policies.fill')}</Typography.Text>
        {match.missingFacts.map((fact) => (
          <Link key={fact} to={profileFieldPath(enterpriseId, fact)}>
            <EditOutlined /> {fieldLabel(fact)}
          </Link>
        ))}
      </Flex>
    );
  else
    body = (
      <ul aria-label={t('my-policies.gap')} style={{ margin: 0, paddingInlineStart: 20 }}>
        {match.gapText.map((gap) => (
          <li key={gap}>{gap}</li>
        ))}
      </ul>
    );

  return (
    <Card size="small" role="article" aria-label={title} styles={{ body: { overflowWrap: 'anywhere' } }}>
      <Space direction="vertical" size={6} style={{ width: '100%' }}>
        <Link to={`/policies/${match.policy.id}`}>
          <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
            {title}
          </Typography.Text>
        </Link>
        {body}
        {match.policy.applicationDeadline && (
          <Typography.Text type="secondary">
            {t('my-policies.deadline', { date: f.date(match.policy.applicationDeadline) })}
          </Typography.Text>
        )}
        <Button
          type="link"
          size="small"
          style={{ padding: 0 }}
          aria-expanded={open}
          icon={open ? <UpOutlined /> : <DownOutlined />}
          onClick={() => setOpen(!open)}
        >
          {t(open ? 'my-policies.hideWhy' : 'my-policies.why')}
        </Button>
        {open && (
          <ExplanationList
            leaves={explanationLeaves(match.explanation)}
            missingFacts={match.missingFacts}
            factLabel={fieldLabel}
          />
        )}
      </Space>
    </Card>
  );
};
