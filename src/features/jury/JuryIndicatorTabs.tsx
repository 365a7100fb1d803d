import { type KeyboardEvent, useRef } from 'react';
import { localized } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import type { JuryLeaf } from './juryGrid';

interface Props {
  leaves: readonly JuryLeaf[];
  activeId: string;
  onSelect: (indicatorId: string) => void;
  language: Language;
  t: Translate;
}

/** One tab per jury indicator; arrows move between tabs (WAI-ARIA tabs pattern, automatic activation). */
export function JuryIndicatorTabs({ leaves, activeId, onSelect, language, t }: Props) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = leaves.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    const target = next === null ? undefined : leaves[next];
    if (!target) return;
    event.preventDefault();
    onSelect(target.indicatorId);
    list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[next as number]?.focus();
  };
  return (
    <div className="jury-tabs" role="tablist" aria-label={t('jury.indicators')} ref={list}>
      {leaves.map((leaf, index) => {
        const isActive = leaf.indicatorId === activeId;
        return (
          <button
            key={leaf.indicatorId}
            type="button"
            role="tab"
            aria-selected={isActive}
            aria-controls={`jury-panel-${leaf.indicatorId}`}
            tabIndex={isActive ? 0 : -1}
            onClick={() => onSelect(leaf.indicatorId)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {localized(leaf.name, language)}
          </button>
        );
      })}
    </div>
  );
}
