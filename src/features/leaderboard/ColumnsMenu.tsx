import { type KeyboardEvent, useId, useRef, useState } from 'react';
import type { Translate } from '../../i18n/useT';

export interface ColumnChoice {
  id: string;
  label: string;
  isVisible: boolean;
}

export interface ColumnsMenuProps {
  dimensions: readonly ColumnChoice[];
  indicators: readonly ColumnChoice[];
  onToggle: (columnId: string, isVisible: boolean) => void;
  t: Translate;
}

/**
 * "列 / Columns": a disclosure button over two groups of checkboxes. Native buttons and checkboxes
 * keep it keyboard operable (Tab, Space); Escape closes it and returns focus to the button.
 */
export function ColumnsMenu({ dimensions, indicators, onToggle, t }: ColumnsMenuProps) {
  const [isOpen, setIsOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    setIsOpen(false);
    buttonRef.current?.focus();
  };
  return (
    <div className="columns-menu">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setIsOpen((open) => !open)}
      >
        {t('table.columns')}
      </button>
      {isOpen && (
        // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere inside the open panel closes it.
        <div id={panelId} className="columns-menu-panel" onKeyDown={close}>
          <ChoiceGroup legend={t('table.columnsDimensions')} choices={dimensions} onToggle={onToggle} />
          {indicators.length > 0 && (
            <ChoiceGroup legend={t('table.columnsIndicators')} choices={indicators} onToggle={onToggle} />
          )}
        </div>
      )}
    </div>
  );
}

function ChoiceGroup({
  legend,
  choices,
  onToggle,
}: {
  legend: string;
  choices: readonly ColumnChoice[];
  onToggle: (columnId: string, isVisible: boolean) => void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.id}>
          <input
            type="checkbox"
            checked={choice.isVisible}
            onChange={(event) => onToggle(choice.id, event.currentTarget.checked)}
          />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
