import type { NewIndicatorOffer } from '../../formats/import/plan';
import type { Translate } from '../../i18n/useT';

interface NewIndicatorChoicesProps {
  offers: readonly NewIndicatorOffer[];
  /** Accepted columns: header → unit. */
  chosen: Readonly<Record<string, { unit: string }>>;
  onChange: (next: Record<string, { unit: string }>) => void;
  t: Translate;
}

/**
 * Unknown columns offered as new indicators: ticking one imports it with the unit typed beside it
 * (the file's suggestion to start with). A column stays out until it has a unit.
 */
export function NewIndicatorChoices({ offers, chosen, onChange, t }: NewIndicatorChoicesProps) {
  if (offers.length === 0) return null;
  const set = (header: string, unit: string | null) => {
    const next = { ...chosen };
    if (unit === null) delete next[header];
    else next[header] = { unit };
    onChange(next);
  };
  return (
    <fieldset className="import-new-indicators">
      <legend>{t('import.newIndicators')}</legend>
      {offers.map((offer) => {
        const choice = chosen[offer.header];
        return (
          <div key={offer.header} className="import-new-indicator">
            <label>
              <input
                type="checkbox"
                checked={choice !== undefined}
                onChange={(event) =>
                  set(offer.header, event.target.checked ? (choice?.unit ?? offer.suggestedUnit) : null)
                }
              />{' '}
              {t('import.newIndicators.accept', {
                header: offer.header,
                column: offer.column,
                count: offer.valueCount,
              })}
            </label>{' '}
            <input
              type="text"
              aria-label={t('import.newIndicators.unit', { header: offer.header })}
              value={choice?.unit ?? offer.suggestedUnit}
              disabled={choice === undefined}
              onChange={(event) => set(offer.header, event.target.value)}
            />
          </div>
        );
      })}
    </fieldset>
  );
}
