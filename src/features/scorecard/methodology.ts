/**
 * The methodology page (DESIGN §4 screen 3): a plain-text account of a scorecard — every node with
 * its weight (raw and share of its parent), every indicator with its unit, value, treatment,
 * normalisation formula and jury rule, then the scorecard-wide rules (DESIGN §3 steps 6–9).
 * Pure: the same scorecard and catalogue give the same text; the UI renders it as text, never HTML.
 */
import { formatNumber, formatPercent, localized } from '../../i18n/format';
import { type Language, type MessageKey, translate } from '../../i18n/messages';
import {
  type Category,
  type GroupNode,
  type Indicator,
  type IndicatorNode,
  isGroupNode,
  type Period,
  type Scorecard,
  type ScorecardNode,
  type Zone,
} from '../../scoring/model';

export interface MethodologyCatalogue {
  indicators: readonly Indicator[];
  periods: readonly Period[];
  zones: readonly Zone[];
  categories: readonly Category[];
}

export interface MethodologyLine {
  nodeId: string;
  text: string;
  /** 0 for a dimension (a child of the root). */
  depth: number;
}

export interface Methodology {
  title: string;
  intro: string[];
  tree: MethodologyLine[];
  rules: string[];
}

export function buildMethodology(
  scorecard: Scorecard,
  catalogue: MethodologyCatalogue,
  language: Language,
): Methodology {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(language, key, params);
  const periodName = (id: string) => {
    const period = catalogue.periods.find((each) => each.id === id);
    return period ? localized(period.label, language) : id;
  };
  const intro = [t('method.period', { period: periodName(scorecard.periodId) })];
  if (scorecard.description) intro.unshift(localized(scorecard.description, language));
  return {
    title: t('method.title', { name: localized(scorecard.name, language), revision: scorecard.revision }),
    intro,
    tree: describeChildren(scorecard.root, 0, catalogue, language, periodName),
    rules: describeRules(scorecard, catalogue, language),
  };
}

function describeChildren(
  group: GroupNode,
  depth: number,
  catalogue: MethodologyCatalogue,
  language: Language,
  periodName: (id: string) => string,
): MethodologyLine[] {
  const total = group.children.reduce((sum, child) => sum + (child.weight > 0 ? child.weight : 0), 0);
  return group.children.flatMap((child) => {
    const share = formatPercent(total > 0 ? Math.max(child.weight, 0) / total : 0, language);
    if (isGroupNode(child)) {
      return [
        { nodeId: child.id, text: describeGroup(child, share, language), depth },
        ...describeChildren(child, depth + 1, catalogue, language, periodName),
      ];
    }
    return [{ nodeId: child.id, text: describeLeaf(child, share, catalogue, language, periodName), depth }];
  });
}

function describeGroup(group: GroupNode, share: string, language: Language): string {
  let aggregation = translate(language, `editor.agg.${group.aggregation}`);
  if (group.aggregation === 'geometric') {
    const floor = formatNumber(group.geometricFloor ?? 1, language);
    aggregation += language === 'en' ? `, ` : '，';
    aggregation += translate(language, 'method.geometricFloor', { floor });
  }
  return translate(language, 'method.group', {
    name: localized(group.name, language),
    weight: formatNumber(group.weight, language),
    share,
    aggregation,
  });
}

function describeLeaf(
  leaf: IndicatorNode,
  share: string,
  catalogue: MethodologyCatalogue,
  language: Language,
  periodName: (id: string) => string,
): string {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(language, key, params);
  const indicator = catalogue.indicators.find((each) => each.id === leaf.indicatorId);
  const parts = [
    t('method.leaf', {
      name: localized(leaf.name, language),
      weight: formatNumber(leaf.weight, language),
      share,
      indicator: indicator ? localized(indicator.name, language) : leaf.indicatorId,
      unit: indicator?.unit ?? '?',
      direction: t(indicator?.direction === 'lower' ? 'method.direction.lower' : 'method.direction.higher'),
    }),
  ];
  const value = leaf.value ?? { kind: 'fact' as const };
  const valueText = t(`editor.value.${value.kind}`);
  parts.push(
    t('method.value', {
      value:
        'targetPeriodId' in value && value.targetPeriodId
          ? t('method.targetPeriod', { value: valueText, period: periodName(value.targetPeriodId) })
          : valueText,
    }),
  );
  const treatments: string[] = [];
  if (leaf.treatment?.log) treatments.push(t('method.log'));
  if (leaf.treatment?.winsorise) {
    const { lower, upper } = leaf.treatment.winsorise;
    treatments.push(
      t('method.winsorise', { lower: formatNumber(lower, language), upper: formatNumber(upper, language) }),
    );
  }
  if (treatments.length > 0) {
    parts.push(t('method.treatment', { treatment: treatments.join(language === 'en' ? ', then ' : '，再') }));
  }
  parts.push(t('method.normalisation', { formula: normalisationFormula(leaf, language) }));
  if (indicator?.kind === 'jury') {
    const jury = leaf.jury ?? { method: 'trimmed-mean', trim: 1 };
    const rule =
      jury.method === 'trimmed-mean'
        ? t('method.juryTrim', { trim: jury.trim })
        : t(`editor.jury.${jury.method}`);
    parts.push(t('method.jury', { rule }));
  }
  return parts.join(language === 'en' ? ' ' : '');
}

/** The formula of DESIGN §3 step 3 with the node's parameters written in. */
export function normalisationFormula(leaf: IndicatorNode, language: Language): string {
  const { normalisation } = leaf;
  const number = (value: number) => formatNumber(value, language);
  switch (normalisation.method) {
    case 'goalposts':
      return translate(language, 'method.formula.goalposts', {
        lo: number(normalisation.lo),
        hi: number(normalisation.hi),
      });
    case 'target':
      return translate(language, 'method.formula.target', { cap: number(normalisation.cap ?? 1.2) });
    default:
      return translate(language, `method.formula.${normalisation.method}`);
  }
}

function describeRules(scorecard: Scorecard, catalogue: MethodologyCatalogue, language: Language): string[] {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(language, key, params);
  const number = (value: number) => formatNumber(value, language);
  const separator = language === 'en' ? ', ' : '、';
  const rules = [
    t('method.missing', {
      policy: t(`editor.missing.${scorecard.missing.policy}`),
      coverage: formatPercent(scorecard.missing.minCoverage, language),
    }),
    t('method.total'),
  ];
  const coefficients = [
    ...Object.entries(scorecard.coefficients?.byCategory ?? {}).map(([id, value]) => {
      const category = catalogue.categories.find((each) => each.id === id);
      return `${category ? localized(category.name, language) : id} × ${number(value)}`;
    }),
    ...Object.entries(scorecard.coefficients?.byZone ?? {}).map(([id, value]) => {
      const zone = catalogue.zones.find((each) => each.id === id);
      return `${zone ? localized(zone.name, language) : id} × ${number(value)}`;
    }),
  ];
  rules.push(
    coefficients.length > 0
      ? t('method.coefficients', { list: coefficients.join(separator) })
      : t('method.noCoefficients'),
  );
  const cap = (value: number | undefined) => (value === undefined ? t('method.noCap') : number(value));
  rules.push(
    t('method.points', {
      bonus: cap(scorecard.points?.bonusCap),
      deduction: cap(scorecard.points?.deductionCap),
    }),
  );
  const vetoes = scorecard.vetoes ?? [];
  if (vetoes.length === 0) rules.push(t('method.noVetoes'));
  for (const veto of vetoes) {
    const indicator = catalogue.indicators.find((each) => each.id === veto.indicatorId);
    rules.push(
      t('method.veto', {
        indicator: indicator ? localized(indicator.name, language) : veto.indicatorId,
        op: veto.when.op,
        value: number(veto.when.value),
        reason: localized(veto.reason, language),
      }),
    );
  }
  if (vetoes.length > 0) rules.push(t(`method.vetoMode.${scorecard.vetoMode ?? 'rank-last'}`));
  const precision = scorecard.ranking?.precision;
  rules.push(precision === undefined ? t('method.unrounded') : t('method.precision', { digits: precision }));
  const tieBreak = (scorecard.ranking?.tieBreak ?? []).map((id) => nodeName(scorecard.root, id, language));
  rules.push(
    tieBreak.length > 0 ? t('method.tieBreak', { list: tieBreak.join(separator) }) : t('method.noTieBreak'),
  );
  return rules;
}

function nodeName(root: GroupNode, id: string, language: Language): string {
  const visit = (node: ScorecardNode): string | undefined =>
    node.id === id
      ? localized(node.name, language)
      : isGroupNode(node)
        ? node.children.map(visit).find((name) => name !== undefined)
        : undefined;
  return visit(root) ?? id;
}

/** The whole methodology as plain text (for copying and tests). */
export function methodologyText(methodology: Methodology): string {
  return [
    methodology.title,
    ...methodology.intro,
    ...methodology.tree.map((line) => `${'  '.repeat(line.depth)}${line.text}`),
    ...methodology.rules,
  ].join('\n');
}
