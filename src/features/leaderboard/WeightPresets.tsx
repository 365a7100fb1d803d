import { useState } from 'react';
import { localized } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import type { Scorecard } from '../../scoring/model';

export interface WeightPresetsProps {
  /** Scorecards whose weights can be taken over (they share node ids with the current one). */
  presets: readonly Scorecard[];
  language: Language;
  t: Translate;
  onApply: (preset: Scorecard) => void;
}

/** A preset is chosen, then applied with a button: arrowing through the list changes nothing. */
export function WeightPresets({ presets, language, t, onApply }: WeightPresetsProps) {
  const [selectedId, setSelectedId] = useState('');
  const selected = presets.find((preset) => preset.id === selectedId);
  if (presets.length === 0) return null;
  return (
    <div className="weight-presets">
      <label htmlFor="weight-preset">{t('weights.presets')}</label>
      <select
        id="weight-preset"
        value={selectedId}
        onChange={(event) => setSelectedId(event.currentTarget.value)}
      >
        <option value="">{t('weights.presetPlaceholder')}</option>
        {presets.map((preset) => (
          <option
            key={preset.id}
            value={preset.id}
            title={preset.description ? localized(preset.description, language) : undefined}
          >
            {localized(preset.name, language)}
          </option>
        ))}
      </select>
      <button
        type="button"
        disabled={!selected}
        onClick={() => {
          if (!selected) return;
          onApply(selected);
          setSelectedId('');
        }}
      >
        {t('weights.applyPreset')}
      </button>
    </div>
  );
}
