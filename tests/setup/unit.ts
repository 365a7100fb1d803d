// fake-indexeddb must be installed before dexie is first evaluated: Dexie captures indexedDB at import.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});
