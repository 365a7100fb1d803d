/**
 * The lines every exported picture states (DESIGN §4.6): the scorecard (name, revision and id), the
 * period and the data's as-of date, the weight of every dimension and when it was generated — so a
 * picture can never be separated from the rules that produced it. Plain text, in the UI language.
 */
import { type Language, translate } from '../i18n/messages';
import type { LocalizedText } from '../scoring/model';

export interface ExportMetadataInput {
  scorecard: { id: string; name: LocalizedText; revision: number };
  /** The period's label; null shows the period id. */
  periodLabel: LocalizedText | null;
  periodId: string;
  asOf: string;
  weights: readonly { name: LocalizedText; weight: number; share: number }[];
  /** Already formatted for the language. */
  generatedAt: string;
}

export function exportMetadataLines(input: ExportMetadataInput, language: Language): string[] {
  const name = (text: LocalizedText) => (language === 'en' ? text.en : text.zh);
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  const weights = input.weights
    .map((weight) => `${name(weight.name)} ${weight.weight} (${percent.format(weight.share)})`)
    .join(' · ');
  return [
    translate(language, 'export.meta.scorecard', {
      name: name(input.scorecard.name),
      revision: input.scorecard.revision,
      id: input.scorecard.id,
    }),
    translate(language, 'export.meta.period', {
      period: input.periodLabel ? name(input.periodLabel) : input.periodId,
      asOf: input.asOf,
    }),
    translate(language, 'export.meta.weights', { weights }),
    translate(language, 'export.generatedAt', { time: input.generatedAt }),
  ];
}
