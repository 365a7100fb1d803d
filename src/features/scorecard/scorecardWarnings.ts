/**
 * Warnings about a scorecard that is valid but probably not what its author wants (they never
 * block saving): a leaf whose indicator is unknown or has no data in the scored period, a group
 * without children or whose children all weigh 0.
 */
import { localized } from '../../i18n/format';
import { type Language, translate } from '../../i18n/messages';
import type { Fact, Indicator, JuryScore, Scorecard } from '../../scoring/model';
import { isGroupNode } from '../../scoring/model';
import { listNodes } from './scorecardTree';

export interface ScorecardWarning {
  /** JSON path of the node concerned, as in validation issues. */
  path: string;
  message: string;
}

export interface WarningData {
  indicators: readonly Indicator[];
  facts: readonly Fact[];
  juryScores: readonly JuryScore[];
}

export function findScorecardWarnings(
  scorecard: Scorecard,
  data: WarningData,
  language: Language,
): ScorecardWarning[] {
  const reported = new Set<string>();
  for (const fact of data.facts) if (fact.periodId === scorecard.periodId) reported.add(fact.indicatorId);
  // Jury scores carry no period: they belong to the meeting being scored.
  for (const score of data.juryScores) reported.add(score.indicatorId);
  const warnings: ScorecardWarning[] = [];
  for (const { node, path } of listNodes(scorecard.root)) {
    const name = localized(node.name, language);
    if (isGroupNode(node)) {
      if (node.children.length === 0) {
        warnings.push({ path, message: translate(language, 'editor.warn.emptyGroup', { name }) });
      } else if (node.children.every((child) => child.weight === 0)) {
        warnings.push({ path, message: translate(language, 'editor.warn.zeroWeights', { name }) });
      }
      continue;
    }
    const indicator = data.indicators.find((each) => each.id === node.indicatorId);
    if (!indicator) {
      warnings.push({
        path,
        message: translate(language, 'editor.warn.unknownIndicator', { name, indicator: node.indicatorId }),
      });
    } else if (!reported.has(node.indicatorId)) {
      warnings.push({
        path,
        message: translate(language, 'editor.warn.noFacts', {
          name,
          indicator: localized(indicator.name, language),
          period: scorecard.periodId,
        }),
      });
    }
  }
  return warnings;
}
