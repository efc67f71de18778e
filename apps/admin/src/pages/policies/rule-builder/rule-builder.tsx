import { CloseOutlined } from '@ant-design/icons';
import { QueryBuilderAntD } from '@react-querybuilder/antd';
import { Alert, Form, Segmented, Space } from 'antd';
import type { TFunction } from 'i18next';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryBuilder, type RuleGroupType, type RuleGroupTypeAny, type Translations } from 'react-querybuilder';
import 'react-querybuilder/dist/query-builder-layout.css';
import './rule-builder.css';
import { DEFAULT_LOCALE, isLocale } from '../../../i18n/locale';
import { factFields, type CodeOptions } from './fact-fields';
import { isInvalidJson, JsonInput } from './json-input';
import { criteriaOf, ruleToQuery } from './jsonlogic-bridge';
import {
  AddAction,
  FactFieldSelector,
  FactOperatorSelector,
  FactValueEditor,
  GroupCombinatorSelector,
  GroupNotToggle,
  RemoveAction,
} from './rule-controls';
import { emptyValueFor, isIncompleteRule, unchosenConditions, type RuleBuilderContext } from './rule-values';

/** The builder marks the conditions without a chosen value (the editors show it when asked). */
const markUnchosen = (query: RuleGroupTypeAny) =>
  Object.fromEntries(unchosenConditions(query).map(({ id }) => [id ?? '', false]));

/** A new condition, or one whose fact changed, starts with no value: nothing is chosen for anybody. */
const noDefaultValue = ({ operator }: { operator: string }) => emptyValueFor(operator);

/** An antd Form rule for the criteria: JSON that parses, and every condition with a chosen value. */
export const criteriaRule = (t: TFunction) => ({
  validator: (_: unknown, value: unknown) => {
    if (isInvalidJson(value)) return Promise.reject(new Error(t('policies.json.invalid', { reason: value.reason })));
    if (isIncompleteRule(value)) {
      const conditions = value.conditions
        .map((n) => t('policies.builder.conditionN', { n }))
        .join(t('policies.builder.listSeparator'));
      return Promise.reject(new Error(t('policies.builder.unchosen', { conditions })));
    }
    return Promise.resolve();
  },
});

type Mode = 'builder' | 'json';

export interface RuleBuilderProps {
  id?: string;
  /** The criteria as JsonLogic. */
  value?: unknown;
  onChange?: (rule: unknown) => void;
  /** Choices for industry, chain segment and park codes (else they are typed). */
  codeOptions?: CodeOptions;
  disabled?: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Eligibility criteria edited with react-querybuilder (antd controls) over the fact vocabulary,
 * read from and written as JsonLogic. A rule the builder cannot show exactly (if, arithmetic)
 * opens in the JSON editor instead, and the builder refuses to take it over.
 */
export const RuleBuilder = ({ id, value, onChange, codeOptions, disabled }: RuleBuilderProps) => {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
  const initial = useMemo(() => ruleToQuery(value), []); // read once; later values arrive through the effect below
  const [query, setQuery] = useState<RuleGroupType>(initial.query);
  const [mode, setMode] = useState<Mode>(initial.exact ? 'builder' : 'json');
  const [blocked, setBlocked] = useState(!initial.exact);
  const emitted = useRef<unknown>(value);
  // The criteria field's status: its error marks the conditions without a value.
  const { status } = Form.Item.useStatus();
  const context = useMemo<RuleBuilderContext>(() => ({ showErrors: status === 'error' }), [status]);

  // A value set from outside (the policy loaded, a form reset) is read again.
  useEffect(() => {
    if (isInvalidJson(value) || isIncompleteRule(value) || same(value, emitted.current)) return;
    emitted.current = value;
    const parsed = ruleToQuery(value);
    setQuery(parsed.query);
    setBlocked(!parsed.exact);
    if (!parsed.exact) setMode('json');
  }, [value]);

  const emit = (rule: unknown) => {
    emitted.current = rule;
    onChange?.(rule);
  };

  const switchMode = (next: Mode) => {
    if (next === 'builder' && !isIncompleteRule(value)) {
      if (isInvalidJson(value)) {
        setBlocked(true);
        return;
      }
      const parsed = ruleToQuery(value);
      setBlocked(!parsed.exact);
      if (!parsed.exact) return;
      setQuery(parsed.query);
    }
    setMode(next);
  };

  const fields = useMemo(() => factFields(locale, t, codeOptions), [locale, t, codeOptions]);
  const translations = useMemo<Partial<Translations>>(
    () => ({
      fields: { title: t('policies.builder.fact'), placeholderLabel: t('policies.builder.choose') },
      operators: { title: t('policies.builder.operator') },
      value: { title: t('policies.builder.value') },
      combinators: { title: t('policies.builder.combinator') },
      addRule: { label: t('policies.builder.addRule'), title: t('policies.builder.addRule') },
      addGroup: { label: t('policies.builder.addGroup'), title: t('policies.builder.addGroup') },
      removeRule: { label: <CloseOutlined />, title: t('policies.builder.removeRule') },
      removeGroup: { label: <CloseOutlined />, title: t('policies.builder.removeGroup') },
      notToggle: { label: t('policies.builder.not'), title: t('policies.builder.notTitle') },
    }),
    [t],
  );
  const combinators = useMemo(
    () => [
      { name: 'and', value: 'and', label: t('policies.builder.combinators.and') },
      { name: 'or', value: 'or', label: t('policies.builder.combinators.or') },
    ],
    [t],
  );

  return (
    <Space direction="vertical" style={{ width: '100%' }} size={8} id={id}>
      <Segmented<Mode>
        value={mode}
        onChange={switchMode}
        disabled={disabled}
        options={[
          { value: 'builder', label: t('policies.builder.modes.builder') },
          { value: 'json', label: t('policies.builder.modes.json') },
        ]}
        aria-label={t('policies.builder.modes.label')}
      />
      {blocked && mode === 'json' && <Alert type="info" showIcon message={t('policies.builder.notRepresentable')} />}
      {mode === 'builder' ? (
        // The field's error status would turn every control red: only the unchosen values are.
        <Form.Item noStyle validateStatus="">
          <QueryBuilderAntD>
            <QueryBuilder
              fields={fields}
              query={query}
              onQueryChange={(next) => {
                setQuery(next);
                emit(criteriaOf(next));
              }}
              getDefaultValue={noDefaultValue}
              validator={markUnchosen}
              context={context}
              combinators={combinators}
              translations={translations}
              controlElements={{
                fieldSelector: FactFieldSelector,
                operatorSelector: FactOperatorSelector,
                combinatorSelector: GroupCombinatorSelector,
                valueEditor: FactValueEditor,
                addRuleAction: AddAction,
                addGroupAction: AddAction,
                removeRuleAction: RemoveAction,
                removeGroupAction: RemoveAction,
                notToggle: GroupNotToggle,
              }}
              controlClassnames={{ queryBuilder: 'policy-rule-builder queryBuilder-branches' }}
              showNotToggle
              listsAsArrays
              resetOnFieldChange
              addRuleToNewGroups
              enableMountQueryChange={false}
              disabled={disabled}
            />
          </QueryBuilderAntD>
        </Form.Item>
      ) : (
        <JsonInput
          value={isIncompleteRule(value) ? value.rule : value}
          onChange={(next) => emit(next)}
          rows={12}
          disabled={disabled}
          aria-label={t('policies.builder.jsonLabel')}
        />
      )}
    </Space>
  );
};
