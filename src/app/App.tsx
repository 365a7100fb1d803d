import { lazy, Suspense, useEffect, useState } from 'react';
import { DatabaseProvider } from '../db/DatabaseContext';
import type { ArenaDatabase } from '../db/database';
import { languageFromSearch } from '../i18n/languageFromUrl';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/useT';
import { useSessionStore } from '../store/sessionStore';
import { openArenaDatabase } from './boot';
import { LeaderboardRoute } from './LeaderboardRoute';
import { SampleBanner } from './SampleBanner';
import { ShareRoute } from './ShareRoute';
import { ToastView } from './ToastView';
import { type Route, useHashRoute } from './useHashRoute';
import { ZoneRoute } from './ZoneRoute';

// The scorecard editor (and the zod schema it validates with) loads when its route is opened.
const ScorecardRoute = lazy(() =>
  import('./ScorecardRoute').then((module) => ({ default: module.ScorecardRoute })),
);

useSessionStore.setState({ language: languageFromSearch(window.location.search) });

// One open promise for the page: React StrictMode runs effects twice in development.
let opening: Promise<ArenaDatabase> | null = null;

type Boot = { kind: 'opening' } | { kind: 'ready'; db: ArenaDatabase } | { kind: 'failed'; message: string };

export function App() {
  const { language, t } = useT();
  const [boot, setBoot] = useState<Boot>({ kind: 'opening' });

  useEffect(() => {
    opening ??= openArenaDatabase();
    opening.then(
      (db) => setBoot({ kind: 'ready', db }),
      (error: unknown) =>
        setBoot({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('app.title');
  }, [language, t]);

  if (boot.kind === 'opening') return <p role="status">{t('boot.opening')}</p>;
  if (boot.kind === 'failed') return <p role="alert">{t('boot.failed', { message: boot.message })}</p>;
  return (
    <DatabaseProvider db={boot.db}>
      <Shell />
    </DatabaseProvider>
  );
}

function Shell() {
  const { language, t } = useT();
  const route = useHashRoute();
  const switchLanguage = () => {
    const next = language === 'en' ? 'zh-CN' : 'en';
    useSessionStore.getState().setLanguage(next);
    const url = new URL(window.location.href);
    url.searchParams.set('lang', next);
    window.history.replaceState(null, '', url);
  };
  return (
    <>
      <header className="app-header">
        <div className="brand">
          <span className="brand-title">{t('app.title')}</span>
          <span className="brand-subtitle">{t('app.subtitle')}</span>
        </div>
        <nav aria-label={t('nav.label')}>
          <a href="#/" aria-current={route.name === 'leaderboard' ? 'page' : undefined}>
            {t('nav.leaderboard')}
          </a>
          <a href="#/scorecard" aria-current={route.name === 'scorecard' ? 'page' : undefined}>
            {t('nav.scorecard')}
          </a>
        </nav>
        <button
          type="button"
          className="lang-switch"
          onClick={switchLanguage}
          // The visible language name is the accessible name (WCAG 2.5.3, label in name), spoken in
          // its own language; the longer explanation is the description.
          lang={language === 'en' ? 'zh-CN' : 'en'}
          title={t('lang.switchLabel')}
        >
          {t('lang.switchTo')}
        </button>
      </header>
      <SampleBanner />
      <main>
        <RouteView route={route} />
      </main>
      <ToastView />
    </>
  );
}

const PENDING_ROUTES: Record<'data' | 'present' | 'audience', MessageKey> = {
  data: 'nav.data',
  present: 'nav.present',
  audience: 'nav.present',
};

function RouteView({ route }: { route: Route }) {
  const { t } = useT();
  switch (route.name) {
    case 'leaderboard':
      return <LeaderboardRoute />;
    case 'zone':
      return <ZoneRoute zoneId={route.zoneId} />;
    case 'share':
      return <ShareRoute key={route.payload} payload={route.payload} />;
    case 'scorecard':
      return (
        <Suspense fallback={<p role="status">{t('boot.opening')}</p>}>
          <ScorecardRoute />
        </Suspense>
      );
    case 'not-found':
      return (
        <p role="alert">
          {t('route.notFound', { route: route.path })} <a href="#/">{t('route.backHome')}</a>
        </p>
      );
    default:
      return (
        <p>
          {t('route.pending', { name: t(PENDING_ROUTES[route.name]) })} <a href="#/">{t('route.backHome')}</a>
        </p>
      );
  }
}
