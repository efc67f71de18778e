import { CheckOutlined, CloseOutlined, QuestionOutlined } from '@ant-design/icons';
import { Flex, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format/use-format';

/** One leaf of an evaluation's explanation, as the API answers it (libs/matching ExplanationLeaf). */
export interface ExplanationLeafView {
  path: string;
  result: 'pass' | 'fail' | 'unknown';
  context?: 'criteria' | 'condition' | 'formula';
  missingFacts?: string[];
  text: { zh: string; en: string };
}

export interface NearMissView {
  path: string;
  text: { zh: string; en: string };
}

const RESULT = {
  pass: { icon: <CheckOutlined />, type: 'success' },
  fail: { icon: <CloseOutlined />, type: 'danger' },
  unknown: { icon: <QuestionOutlined />, type: 'warning' },
} as const;

const isLeaf = (value: unknown): value is ExplanationLeafView =>
  typeof value === 'object' && value !== null && 'text' in value && 'result' in value;

/** The explanation leaves of a JSON value (the API types them as JSON). */
export const explanationLeaves = (value: unknown): ExplanationLeafView[] =>
  Array.isArray(value) ? value.filter(isLeaf) : [];

export const nearMissList = (value: unknown): NearMissView[] =>
  Array.isArray(value)
    ? value.filter((item): item is NearMissView => typeof item === 'object' && item !== null && 'text' in item)
    : [];

export interface ExplanationListProps {
  leaves: ExplanationLeafView[];
  nearMisses?: NearMissView[];
  missingFacts?: string[];
  /** Names the missing facts in the current language. */
  factLabel?: (name: string) => string;
}

/**
 * Why an evaluation came out as it did: every condition with pass / fail / unknown in rule order,
 * then how far the failing numbers are from passing and which facts are missing.
 */
export const ExplanationList = ({ leaves, nearMisses = [], missingFacts = [], factLabel }: ExplanationListProps) => {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Space direction="vertical" size={4} style={{ width: '100%' }}>
      <ul aria-label={t('policies.explanation.title')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {leaves.map((leaf) => (
          <li key={leaf.path} style={{ padding: '2px 0' }}>
            <Space size={6} align="start">
              <Typography.Text
                type={RESULT[leaf.result].type}
                aria-label={t(`policies.explanation.results.${leaf.result}`)}
              >
                {RESULT[leaf.result].icon}
              </Typography.Text>
              <Typography.Text type={leaf.context === 'criteria' || !leaf.context ? undefined : 'secondary'}>
                {f.pick(leaf.text.zh, leaf.text.en)}
              </Typography.Text>
              {leaf.context === 'condition' && (
                <Tag bordered={false} style={{ marginInlineEnd: 0 }}>
                  {t('policies.explanation.branch')}
                </Tag>
              )}
            </Space>
          </li>
        ))}
      </ul>
      {nearMisses.length > 0 && (
        <div>
          <Typography.Text strong>{t('policies.explanation.nearMisses')}</Typography.Text>
          <ul aria-label={t('policies.explanation.nearMisses')} style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
            {nearMisses.map((miss) => (
              <li key={miss.path}>{f.pick(miss.text.zh, miss.text.en)}</li>
            ))}
          </ul>
        </div>
      )}
      {missingFacts.length > 0 && (
        <Flex gap={4} wrap align="center">
          <Typography.Text strong>{t('policies.explanation.missingFacts')}</Typography.Text>
          {missingFacts.map((name) => (
            <Tag key={name} color="orange">
              {factLabel ? factLabel(name) : name}
            </Tag>
          ))}
        </Flex>
      )}
    </Space>
  );
};
