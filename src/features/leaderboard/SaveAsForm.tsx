import { type FormEvent, useEffect, useRef, useState } from 'react';
import { localized } from '../../i18n/format';
import { type Language, translate } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import type { LocalizedText } from '../../scoring/model';

export interface SaveAsFormProps {
  /** The current scorecard's name, the default name is made from. */
  name: LocalizedText;
  language: Language;
  t: Translate;
  onSaveAs: (name: LocalizedText) => void;
}

/** The default name of a copy in both languages: “…（副本）” and “… (copy)”. */
export function copyNameOf(name: LocalizedText): LocalizedText {
  return {
    zh: `${name.zh}${translate('zh-CN', 'weights.copySuffix')}`,
    en: `${name.en}${translate('en', 'weights.copySuffix')}`,
  };
}

/**
 * "Save as a new scorecard": a button that opens an inline form asking the name. A name left at
 * its default keeps both languages' defaults; a typed one names the copy in both languages.
 */
export function SaveAsForm({ name, language, t, onSaveAs }: SaveAsFormProps) {
  const [isOpen, setIsOpen] = useState(false);
  const defaults = copyNameOf(name);
  const [text, setText] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);

  const shouldRefocus = useRef(false);

  useEffect(() => {
    if (isOpen) {
      inputRef.current?.focus();
      inputRef.current?.select();
    } else if (shouldRefocus.current) {
      // Keyboard users land back where they started.
      shouldRefocus.current = false;
      openerRef.current?.focus();
    }
  }, [isOpen]);

  const close = () => {
    shouldRefocus.current = true;
    setIsOpen(false);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = text.trim();
    const isDefault = typed === '' || typed === localized(defaults, language);
    onSaveAs(isDefault ? defaults : { zh: typed, en: typed });
    close();
  };

  if (!isOpen) {
    return (
      <button
        ref={openerRef}
        type="button"
        className="weight-save-as"
        onClick={() => {
          setText(localized(defaults, language));
          setIsOpen(true);
        }}
      >
        {t('weights.saveAs')}
      </button>
    );
  }
  return (
    <form
      className="weight-save-as-form"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') close();
      }}
    >
      <label htmlFor="weight-save-as-name">{t('weights.saveAsName')}</label>
      <input
        ref={inputRef}
        id="weight-save-as-name"
        type="text"
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
      />
      <div className="weight-save-as-buttons">
        <button type="submit">{t('weights.saveAsConfirm')}</button>
        <button type="button" onClick={close}>
          {t('weights.saveAsCancel')}
        </button>
      </div>
    </form>
  );
}
