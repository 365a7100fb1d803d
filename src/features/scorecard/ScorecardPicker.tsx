import { localized } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import type { Scorecard } from '../../scoring/model';

export interface ScorecardPickerProps {
  scorecards: Scorecard[];
  activeId: string;
  language: Language;
  t: Translate;
  onSelect: (scorecardId: string) => void;
}

/** Chooses which saved scorecard ranks the board. */
export function ScorecardPicker({ scorecards, activeId, language, t, onSelect }: ScorecardPickerProps) {
  return (
    <label className="scorecard-picker">
      <span>{t('scorecardPicker.label')}</span>
      <select value={activeId} onChange={(event) => onSelect(event.currentTarget.value)}>
        {scorecards.map((scorecard) => (
          <option key={scorecard.id} value={scorecard.id}>
            {localized(scorecard.name, language)} · r{scorecard.revision}
          </option>
        ))}
      </select>
    </label>
  );
}
