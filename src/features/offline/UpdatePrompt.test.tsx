import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useOfflineStore } from '../../store/offlineStore';
import { useSessionStore } from '../../store/sessionStore';
import { OfflineBadge } from './OfflineBadge';
import { UpdatePrompt } from './UpdatePrompt';

afterEach(() => {
  act(() => {
    useOfflineStore.setState({ isOfflineReady: false, applyUpdate: null });
    useSessionStore.setState({ language: 'zh-CN' });
  });
});

describe('UpdatePrompt', () => {
  it('stays hidden until a new build waits', () => {
    render(<UpdatePrompt />);
    expect(screen.queryByRole('region', { name: '应用更新' })).toBeNull();
  });

  it('reloads only when the operator presses "reload now"', async () => {
    const applyUpdate = vi.fn();
    render(<UpdatePrompt />);
    act(() => useOfflineStore.getState().offerUpdate(applyUpdate));
    const prompt = screen.getByRole('region', { name: '应用更新' });
    expect(prompt).toHaveTextContent('新版本可用，会后刷新。');
    expect(applyUpdate).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: '立即刷新' }));
    expect(applyUpdate).toHaveBeenCalledOnce();
  });

  it('goes away on "later" without applying the update', async () => {
    const applyUpdate = vi.fn();
    render(<UpdatePrompt />);
    act(() => useOfflineStore.getState().offerUpdate(applyUpdate));
    await userEvent.click(screen.getByRole('button', { name: '稍后' }));
    expect(screen.queryByRole('region', { name: '应用更新' })).toBeNull();
    expect(applyUpdate).not.toHaveBeenCalled();
  });

  it('speaks English', () => {
    act(() => {
      useSessionStore.setState({ language: 'en' });
      useOfflineStore.getState().offerUpdate(() => {});
    });
    render(<UpdatePrompt />);
    expect(screen.getByRole('region', { name: 'App update' })).toHaveTextContent(
      'A new version is available — reload after the meeting.',
    );
    expect(screen.getByRole('button', { name: 'Reload now' })).toBeInTheDocument();
  });
});

describe('OfflineBadge', () => {
  it('is an empty live region until the service worker is active, then says so', () => {
    render(<OfflineBadge />);
    const status = screen.getByRole('status');
    expect(status).toBeEmptyDOMElement();
    act(() => useOfflineStore.getState().markOfflineReady());
    expect(status).toHaveTextContent('可离线使用');
    expect(status).toHaveTextContent('断网后仍可打开');
  });
});
