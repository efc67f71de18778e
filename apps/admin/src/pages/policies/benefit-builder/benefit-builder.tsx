import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { FACTS, type FactName } from '#matching';
import { Alert, Button, Flex, InputNumber, Segmented, Select, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format/use-format';
import { ChoiceInput, WanInput } from '../inputs';
import { isInvalidJson, JsonInput } from '../rule-builder/json-input';
import { toDisplay, toStored } from '../rule-builder/fact-fields';
import {
  baseOfKind,
  factsFor,
  logicToShape,
  shapeToLogic,
  unreachableSteps,
  type BenefitBase,
  type BenefitKind,
  type BenefitShape,
  type TiersBase,
} from './benefit-shape';

type Mode = 'builder' | 'json';
const KINDS: BenefitKind[] = ['fixed', 'share', 'perUnit', 'tiers'];

export interface BenefitBuilderProps {
  id?: string;
  /** The benefit formula as JsonLogic (yuan). */
  value?: unknown;
  onChange?: (formula: unknown) => void;
  disabled?: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const EMPTY: BenefitShape = { base: { kind: 'fixed', amount: 0 }, floor: null, cap: null };

/**
 * The benefit formula built from its usual shapes — a fixed amount, a share of a money fact, an
 * amount per person or item, tiers by a fact — with an optional floor and cap, amounts in 万元.
 * Raw JsonLogic is the advanced view; a formula the builder cannot show exactly opens there.
 */
export const BenefitBuilder = ({ id, value, onChange, disabled }: BenefitBuilderProps) => {
  const { t } = useTranslation();
  const f = useFormat();
  const [initial] = useState(() => logicToShape(value));
  const [shape, setShape] = useState<BenefitShape>(initial ?? EMPTY);
  const [mode, setMode] = useState<Mode>(initial || value === undefined ? 'builder' : 'json');
  const [blocked, setBlocked] = useState(initial === null && value !== undefined);
  const emitted = useRef<unknown>(value);

  // A value set from outside (the policy loaded, a form reset) is read again.
  useEffect(() => {
    if (isInvalidJson(value) || same(value, emitted.current)) return;
    emitted.current = value;
    const parsed = logicToShape(value);
    setBlocked(parsed === null);
    if (parsed) setShape(parsed);
    else setMode('json');
  }, [value]);

  const emit = (next: unknown) => {
    emitted.current = next;
    onChange?.(next);
  };
  const update = (next: BenefitShape) => {
    setShape(next);
    emit(shapeToLogic(next));
  };
  const setBase = (base: BenefitBase) => update({ ...shape, base });

  const switchMode = (next: Mode) => {
    if (next === 'builder') {
      const parsed = isInvalidJson(value) ? null : logicToShape(value ?? 0);
      setBlocked(parsed === null);
      if (!parsed) return;
      setShape(parsed);
    }
    setMode(next);
  };

  const factLabel = (name: FactName) => f.pick(FACTS[name].label.zh, FACTS[name].label.en);
  const unitOf = (name: FactName) => FACTS[name].unit;
  const factSelect = (kind: Exclude<BenefitKind, 'fixed'>, fact: FactName, onFact: (fact: FactName) => void) => (
    <Select<FactName>
      aria-label={t('policies.benefit.fact')}
      value={fact}
      onChange={onFact}
      disabled={disabled}
      showSearch
      optionFilterProp="label"
      options={factsFor(kind).map((name) => ({ value: name, label: factLabel(name) }))}
      style={{ width: 300, maxWidth: '100%' }}
    />
  );

  const base = shape.base;
  const tiers = (tiersBase: TiersBase) => {
    const unit = unitOf(tiersBase.fact);
    const unreachable = new Set(unreachableSteps(tiersBase.steps));
    const setSteps = (steps: TiersBase['steps']) => setBase({ ...tiersBase, steps });
    return (
      <Space direction="vertical" size={8} style={{ width: '100%' }}>
        <ol aria-label={t('policies.benefit.steps')} style={{ margin: 0, paddingInlineStart: 20 }}>
          {tiersBase.steps.map((step, index) => (
            <li key={index} style={{ marginBottom: 6 }}>
              <Flex gap={6} wrap align="center">
                <span>{t('policies.benefit.whenAtLeast', { fact: factLabel(tiersBase.fact) })}</span>
                <InputNumber<number>
                  aria-label={t('policies.benefit.stepFrom', { n: index + 1 })}
                  value={toDisplay(step.from, unit)}
                  min={0}
                  disabled={disabled}
                  addonAfter={unit ? t(`policies.units.${unit}`) : undefined}
                  onChange={(shown) =>
                    setSteps(
                      tiersBase.steps.map((s, i) => (i === index ? { ...s, from: toStored(shown ?? 0, unit) } : s)),
                    )
                  }
                  style={{ width: 170 }}
                />
                <span>{t('policies.benefit.pays')}</span>
                <div style={{ width: 160 }}>
                  <WanInput
                    aria-label={t('policies.benefit.stepAmount', { n: index + 1 })}
                    value={step.amount}
                    disabled={disabled}
                    onChange={(yuan) =>
                      setSteps(tiersBase.steps.map((s, i) => (i === index ? { ...s, amount: yuan ?? 0 } : s)))
                    }
                  />
                </div>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  disabled={disabled}
                  aria-label={t('policies.benefit.removeStep', { n: index + 1 })}
                  onClick={() => setSteps(tiersBase.steps.filter((_, i) => i !== index))}
                />
              </Flex>
              {unreachable.has(index) && (
                <Typography.Text type="warning">{t('policies.benefit.unreachable')}</Typography.Text>
              )}
            </li>
          ))}
        </ol>
        <Button
          icon={<PlusOutlined />}
          disabled={disabled}
          onClick={() => {
            const last = tiersBase.steps[tiersBase.steps.length - 1];
            setSteps([...tiersBase.steps, { from: last ? last.from / 2 : 0, amount: 0 }]);
          }}
        >
          {t('policies.benefit.addStep')}
        </Button>
        <Flex gap={6} wrap align="center">
          <span>{t('policies.benefit.otherwise')}</span>
          <div style={{ width: 160 }}>
            <WanInput
              aria-label={t('policies.benefit.otherwiseAmount')}
              value={tiersBase.otherwise}
              disabled={disabled}
              onChange={(yuan) => setBase({ ...tiersBase, otherwise: yuan ?? 0 })}
            />
          </div>
        </Flex>
      </Space>
    );
  };

  const builder = (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <ChoiceInput<BenefitKind>
        aria-label={t('policies.benefit.kind')}
        value={base.kind}
        disabled={disabled}
        onChange={(kind) => setBase(baseOfKind(kind, base))}
        options={KINDS.map((kind) => ({ value: kind, label: t(`policies.benefit.kinds.${kind}`) }))}
      />
      {base.kind === 'fixed' && (
        <div style={{ maxWidth: 240 }}>
          <WanInput
            aria-label={t('policies.benefit.fixedAmount')}
            value={base.amount}
            disabled={disabled}
            onChange={(yuan) => setBase({ ...base, amount: yuan ?? 0 })}
          />
        </div>
      )}
      {base.kind === 'share' && (
        <Flex gap={6} wrap align="center">
          {factSelect('share', base.fact, (fact) => setBase({ ...base, fact }))}
          <span>{t('policies.benefit.times')}</span>
          <InputNumber<number>
            aria-label={t('policies.benefit.rate')}
            value={toDisplay(base.rate, 'ratio')}
            min={0}
            disabled={disabled}
            addonAfter="%"
            onChange={(percent) => setBase({ ...base, rate: toStored(percent ?? 0, 'ratio') })}
            style={{ width: 140 }}
          />
        </Flex>
      )}
      {base.kind === 'perUnit' && (
        <Flex gap={6} wrap align="center">
          {factSelect('perUnit', base.fact, (fact) => setBase({ ...base, fact }))}
          <span>{t('policies.benefit.each')}</span>
          <div style={{ width: 180 }}>
            <WanInput
              aria-label={t('policies.benefit.perUnitAmount')}
              value={base.amount}
              disabled={disabled}
              onChange={(yuan) => setBase({ ...base, amount: yuan ?? 0 })}
            />
          </div>
        </Flex>
      )}
      {base.kind === 'tiers' && (
        <Space direction="vertical" size={8} style={{ width: '100%' }}>
          {factSelect('tiers', base.fact, (fact) => setBase({ ...base, fact }))}
          {tiers(base)}
        </Space>
      )}
      {base.kind !== 'fixed' && (
        <Flex gap={16} wrap>
          <div style={{ display: 'flex', flexDirection: 'column', gap: 4, width: 200 }}>
            <span aria-hidden>{t('policies.benefit.floor')}</span>
            <WanInput
              aria-label={t('policies.benefit.floor')}
              value={shape.floor}
              disabled={disabled}
              placeholder={t('policies.benefit.noFloor')}
              onChange={(yuan) => update({ ...shape, floor: yuan })}
            />
          </div>
          <div style={{ display: 'flex', flexDirection: 'column', gap: 4, width: 200 }}>
            <span aria-hidden>{t('policies.benefit.cap')}</span>
            <WanInput
              aria-label={t('policies.benefit.cap')}
              value={shape.cap}
              disabled={disabled}
              placeholder={t('policies.benefit.noCap')}
              onChange={(yuan) => update({ ...shape, cap: yuan })}
            />
          </div>
        </Flex>
      )}
    </Space>
  );

  return (
    <Space direction="vertical" style={{ width: '100%' }} size={8} id={id}>
      <Segmented<Mode>
        value={mode}
        onChange={switchMode}
        disabled={disabled}
        options={[
          { value: 'builder', label: t('policies.benefit.modes.builder') },
          { value: 'json', label: t('policies.benefit.modes.json') },
        ]}
        aria-label={t('policies.benefit.modes.label')}
      />
      {blocked && mode === 'json' && <Alert type="info" showIcon message={t('policies.benefit.notRepresentable')} />}
      {mode === 'builder' ? (
        builder
      ) : (
        <JsonInput
          value={value}
          onChange={(next) => emit(next)}
          rows={5}
          disabled={disabled}
          aria-label={t('policies.benefit.jsonLabel')}
        />
      )}
    </Space>
  );
};
