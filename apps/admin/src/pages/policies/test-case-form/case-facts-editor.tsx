import { deriveFacts, FACTS, type FactName, type StoredFactName } from '#matching';
import { Alert, Col, Flex, InputNumber, Row, Segmented, Select, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format/use-format';
import { ChoiceInput, DayInput } from '../inputs';
import { toDisplay, toStored, type CodeOptions } from '../rule-builder/fact-fields';
import { isInvalidJson, JsonInput } from '../rule-builder/json-input';
import { derivedAmong, formCanShow, otherStoredFacts, storedInputs, withFact } from './case-facts';

type Mode = 'form' | 'json';

export interface CaseFactsEditorProps {
  id?: string;
  /** The case's stored facts (a fact left out is not entered). */
  value?: unknown;
  onChange?: (facts: unknown) => void;
  /** The facts the rule reads (criteria and benefit formula). */
  ruleFacts: FactName[];
  /** Choices for industry, chain segment and park codes. */
  codeOptions: CodeOptions;
  /** The case's evaluation day, for derived facts shown (registeredYears); null = today. */
  asOf?: string | null;
  /** Names the controls ("用例 1：职工总数"). */
  caseLabel: string;
}

const CODE_FACTS = new Set<string>(['industry', 'chainSegment', 'parkCode']);

/**
 * A test case's facts as a form: one labelled control per stored fact the rule reads, in the unit
 * a person thinks in (万元, people, dates), choices for codes and yes/no; the derived facts the rule
 * reads shown as computed from them. JSON stays as the advanced view.
 */
export const CaseFactsEditor = ({
  id,
  value,
  onChange,
  ruleFacts,
  codeOptions,
  asOf,
  caseLabel,
}: CaseFactsEditorProps) => {
  const { t } = useTranslation();
  const f = useFormat();
  const [mode, setMode] = useState<Mode>(() => (formCanShow(value ?? {}) ? 'form' : 'json'));
  const [blocked, setBlocked] = useState(false);
  const [added, setAdded] = useState<StoredFactName[]>([]);
  const emitted = useRef<unknown>(value);

  // Facts set from outside (a sample enterprise, a form reset) the form cannot show open as JSON.
  useEffect(() => {
    if (isInvalidJson(value) || JSON.stringify(value) === JSON.stringify(emitted.current)) return;
    emitted.current = value;
    if (!formCanShow(value ?? {})) setMode('json');
  }, [value]);

  const emit = (next: unknown) => {
    emitted.current = next;
    onChange?.(next);
  };

  const facts: Record<string, unknown> = formCanShow(value ?? {}) ? ((value ?? {}) as Record<string, unknown>) : {};
  const shown = [...new Set([...storedInputs(ruleFacts), ...Object.keys(facts), ...added])] as StoredFactName[];
  const ordered = storedInputs(shown);
  const set = (name: StoredFactName, next: unknown) => emit(withFact(facts, name, next));
  const label = (name: FactName) => f.pick(FACTS[name].label.zh, FACTS[name].label.en);
  const aria = (name: FactName) => t('policies.caseFacts.control', { case: caseLabel, fact: label(name) });

  const control = (name: StoredFactName) => {
    const definition = FACTS[name];
    const current = facts[name];
    if (definition.type === 'number') {
      const unit = definition.unit;
      return (
        <InputNumber<number>
          aria-label={aria(name)}
          value={typeof current === 'number' ? toDisplay(current, unit) : null}
          min={0}
          precision={definition.integer ? 0 : undefined}
          addonAfter={unit ? t(`policies.units.${unit}`) : undefined}
          placeholder={t('policies.caseFacts.notEntered')}
          onChange={(shownValue) =>
            set(name, shownValue === null || shownValue === undefined ? null : toStored(shownValue, unit))
          }
          style={{ width: '100%' }}
        />
      );
    }
    if (definition.type === 'date') {
      return (
        <DayInput
          aria-label={aria(name)}
          value={typeof current === 'string' ? current : null}
          placeholder={t('policies.caseFacts.notEntered')}
          onChange={(day) => set(name, day)}
        />
      );
    }
    if (definition.type === 'boolean') {
      return (
        <ChoiceInput
          aria-label={aria(name)}
          value={current === true ? 'yes' : current === false ? 'no' : 'missing'}
          onChange={(choice) => set(name, choice === 'yes' ? true : choice === 'no' ? false : null)}
          options={[
            { value: 'yes', label: t('common.yes') },
            { value: 'no', label: t('common.no') },
            { value: 'missing', label: t('policies.caseFacts.notEntered') },
          ]}
        />
      );
    }
    const options = definition.values
      ? definition.values.map((code) => {
          const text = definition.valueLabels?.[code];
          return { value: code, label: text ? f.pick(text.zh, text.en) : code };
        })
      : CODE_FACTS.has(name)
        ? (codeOptions[name as keyof CodeOptions] ?? [])
        : [];
    return (
      <Select<string>
        aria-label={aria(name)}
        value={typeof current === 'string' ? current : undefined}
        onChange={(code) => set(name, code ?? null)}
        allowClear
        showSearch
        optionFilterProp="label"
        placeholder={t('policies.caseFacts.notEntered')}
        options={options}
        style={{ width: '100%' }}
      />
    );
  };

  const derived = (() => {
    const names = derivedAmong(ruleFacts);
    if (names.length === 0) return [];
    let computed: Record<string, unknown> = {};
    try {
      computed = deriveFacts(facts, asOf ?? new Date()) as Record<string, unknown>;
    } catch {
      computed = {};
    }
    return names.map((name) => {
      const number = computed[name];
      const text =
        typeof number === 'number'
          ? FACTS[name].unit === 'ratio'
            ? f.percent(number, 2)
            : `${f.number(number, 1)} ${t(`policies.units.${FACTS[name].unit ?? 'year'}`)}`
          : t('policies.caseFacts.cannotCompute', {
              inputs: (FACTS[name].inputs ?? []).map(label).join(t('policies.builder.listSeparator')),
            });
      return { name, text };
    });
  })();

  const switchMode = (next: Mode) => {
    if (next === 'form' && !formCanShow(isInvalidJson(value) ? null : (value ?? {}))) {
      setBlocked(true);
      return;
    }
    setBlocked(false);
    setMode(next);
  };

  return (
    <div id={id}>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Typography.Text strong>{t('policies.caseFacts.title')}</Typography.Text>
        <Segmented<Mode>
          size="small"
          value={mode}
          onChange={switchMode}
          aria-label={t('policies.caseFacts.modes.label', { case: caseLabel })}
          options={[
            { value: 'form', label: t('policies.caseFacts.modes.form') },
            { value: 'json', label: t('policies.caseFacts.modes.json') },
          ]}
        />
      </Flex>
      {blocked && mode === 'json' && (
        <Alert type="info" showIcon style={{ marginBottom: 8 }} message={t('policies.caseFacts.notRepresentable')} />
      )}
      {mode === 'json' ? (
        <JsonInput
          value={value}
          onChange={emit}
          rows={4}
          aria-label={t('policies.caseFacts.jsonLabel', { case: caseLabel })}
          placeholder='{ "employees": 50, "revenue": 20000000 }'
        />
      ) : (
        <>
          {ordered.length === 0 && (
            <Typography.Paragraph type="secondary">{t('policies.caseFacts.noRuleFacts')}</Typography.Paragraph>
          )}
          <Row gutter={[16, 8]}>
            {ordered.map((name) => (
              <Col key={name} xs={24} md={12} xl={8}>
                <div style={{ marginBottom: 4 }}>{label(name)}</div>
                {control(name)}
              </Col>
            ))}
          </Row>
          {derived.length > 0 && (
            <ul
              aria-label={t('policies.caseFacts.derived', { case: caseLabel })}
              style={{ margin: '8px 0 0', paddingInlineStart: 20 }}
            >
              {derived.map(({ name, text }) => (
                <li key={name}>
                  <Typography.Text type="secondary">
                    {label(name)}：{text}
                  </Typography.Text>
                </li>
              ))}
            </ul>
          )}
          <Select<StoredFactName>
            aria-label={t('policies.caseFacts.addFact', { case: caseLabel })}
            placeholder={t('policies.caseFacts.addFactPlaceholder')}
            value={null}
            showSearch
            optionFilterProp="label"
            onChange={(name) => setAdded((current) => [...current, name])}
            options={otherStoredFacts(ordered).map((name) => ({ value: name, label: label(name) }))}
            style={{ width: 280, marginTop: 8 }}
          />
        </>
      )}
    </div>
  );
};
