import { Component, type ReactNode } from 'react';
import { describeStorageError } from '../db/storageErrors';
import { translate } from '../i18n/messages';
import { useSessionStore } from '../store/sessionStore';

interface State {
  error: unknown;
}

/**
 * A live query fails once the connection is closed (another tab upgraded the schema) or storage
 * breaks; the page then says so in plain words instead of going blank.
 */
export class StorageErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    const language = useSessionStore.getState().language;
    const { key, params } = describeStorageError(this.state.error);
    const detail = this.state.error instanceof Error ? this.state.error.message : String(this.state.error);
    return (
      <div role="alert" className="panel">
        <p>{translate(language, key, params)}</p>
        <p className="hint">{translate(language, 'storage.technical', { message: detail })}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {translate(language, 'storage.reload')}
        </button>
      </div>
    );
  }
}
