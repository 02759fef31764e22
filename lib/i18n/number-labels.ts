import { COMMITMENT_KINDS, COMMITMENT_UNITS } from '@/lib/enrich/numbers';
import type { Commitment, Ordinal, Period } from '@/lib/enrich/numbers/types';
import type { Locale } from './locale';
import { ORIGINAL_LOCALE } from './locales';

/**
 * The names of what numbers say — amounts with their units, kinds, periods, relations,
 * ordinals — made from the numbers in each language, never from a translated string: the
 * English 12th session and the Chinese 第12次 are both written from 12.
 */

const UNIT_BY_KEY = new Map(COMMITMENT_UNITS.map((unit) => [unit.key, unit]));
const KIND_BY_KEY = new Map(COMMITMENT_KINDS.map((kind) => [kind.key, kind]));

/** A unit's key with its names in every language, for answers that carry them all. */
export function unitTerm(key: string): { key: string; zh: string; en: string } {
  const unit = UNIT_BY_KEY.get(key);
  return { key, zh: unit?.zh ?? key, en: unit?.en ?? key };
}

/** A kind's key with its names in every language. */
export function kindTerm(key: string): { key: string; zh: string; en: string } {
  const kind = KIND_BY_KEY.get(key);
  return { key, zh: kind?.zh ?? key, en: kind?.en ?? key };
}

/** A unit's name as a heading: 元 / yuan, 患者 / patients. */
export function unitName(locale: Locale, key: string): string {
  return locale.name(unitTerm(key));
}

/** A kind's name: 无偿援助 / grant. */
export function kindName(locale: Locale, key: string): string {
  return locale.name(kindTerm(key));
}

/** One of a unit: 基金 / fund. */
function unitOneName(locale: Locale, key: string): string {
  const unit = UNIT_BY_KEY.get(key);
  if (unit === undefined) return key;
  return locale.key === ORIGINAL_LOCALE ? unit.zh : unit.enOne;
}

/** An amount in its unit: 20亿元, 500名患者 / 2,000,000,000 yuan, 500 patients. */
export function amountLabel(locale: Locale, quantity: number, unitKey: string): string {
  const unit = UNIT_BY_KEY.get(unitKey);
  const number = locale.messages.numbers.quantity(quantity);
  if (unit === undefined) return number;
  if (locale.key === ORIGINAL_LOCALE) return `${number}${unit.zhCounted}`;
  return `${number}${locale.messages.locale.wordSeparator}${quantity === 1 ? unit.enOne : unit.en}`;
}

/** One commitment on one line: 20亿元 · 无偿援助 · 2025年 / 2,000,000,000 yuan · grant · in 2025. */
export function commitmentSummary(locale: Locale, commitment: Commitment): string {
  return [
    commitmentValue(locale, commitment),
    kindName(locale, commitment.kind),
    ...(commitment.period ? [periodLabel(locale, commitment.period)] : []),
  ].join(' · ');
}

/** One ordinal on one line, with its series: 上海合作组织成员国交通部长会议（第12次）. */
export function ordinalSummary(locale: Locale, ordinal: Ordinal): string {
  return locale.messages.numbers.inSeries(ordinalLabel(locale, ordinal), ordinal.series);
}

/** What one commitment amounts to: its amount, or its relation to what there is. */
export function commitmentValue(locale: Locale, commitment: Commitment): string {
  const { numbers } = locale.messages;
  if (commitment.quantity !== null) {
    return amountLabel(locale, commitment.quantity, commitment.unit);
  }
  const relation = commitment.relation;
  if (relation === null) return unitName(locale, commitment.unit);
  if (relation.key === 'multiple') {
    return numbers.relation.multiple(unitName(locale, commitment.unit), relation.value);
  }
  return numbers.relation.phase(unitOneName(locale, commitment.unit), relation.value);
}

export function periodLabel(locale: Locale, period: Period): string {
  return locale.messages.numbers.period[period.kind](period.value);
}

/** 第12次 / 12th session. */
export function ordinalLabel(locale: Locale, ordinal: Pick<Ordinal, 'value' | 'kind'>): string {
  return locale.messages.numbers.ordinal(ordinal.value, ordinal.kind);
}
