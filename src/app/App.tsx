import { lazy, Suspense, useEffect, useState } from 'react';
import { DatabaseProvider } from '../db/DatabaseContext';
import type { ArenaDatabase } from '../db/database';
import { describeStorageError, type ErrorDescription } from '../db/storageErrors';
import { OfflineBadge } from '../features/offline/OfflineBadge';
import { registerServiceWorker } from '../features/offline/registerServiceWorker';
import { UpdatePrompt } from '../features/offline/UpdatePrompt';
import { languageFromSearch } from '../i18n/languageFromUrl';
import { useT } from '../i18n/useT';
import { useSessionStore } from '../store/sessionStore';
import { openArenaDatabase } from './boot';
import { DatabaseStatusBanner } from './DatabaseStatusBanner';
import { LeaderboardRoute } from './LeaderboardRoute';
import { SampleBanner } from './SampleBanner';
import { ShareRoute } from './ShareRoute';
import { StorageErrorBoundary } from './StorageErrorBoundary';
import { ToastView } from './ToastView';
import { type Route, useHashRoute } from './useHashRoute';
import { ZoneRoute } from './ZoneRoute';

// The scorecard editor (and the zod schema it validates with) loads when its route is opened.
const ScorecardRoute = lazy(() =>
  import('./ScorecardRoute').then((module) => ({ default: module.ScorecardRoute })),
);
// So does the Data screen: its tables and backup code are not needed for the leaderboard.
const DataRoute = lazy(() => import('./DataRoute').then((module) => ({ default: module.DataRoute })));

// The jury grid is needed at the meeting only: loaded when its route opens.
const JuryRoute = lazy(() => import('./JuryRoute').then((module) => ({ default: module.JuryRoute })));
// The importer (parsers, and the spreadsheet reader behind them) loads when the Data route opens.
const ImportSection = lazy(() =>
  import('./ImportSection').then((module) => ({ default: module.ImportSection })),
);
// The meeting windows load their code when opened: the leaderboard's first paint does not wait for them.
const PresentRoute = lazy(() =>
  import('./PresentRoute').then((module) => ({ default: module.PresentRoute })),
);
const AudienceRoute = lazy(() =>
  import('./AudienceRoute').then((module) => ({ default: module.AudienceRoute })),
);

useSessionStore.setState({ language: languageFromSearch(window.location.search) });
registerServiceWorker();

// One open promise for the page: React StrictMode runs effects twice in development.
let opening: Promise<ArenaDatabase> | null = null;

type Boot =
  | { kind: 'opening' }
  | { kind: 'ready'; db: ArenaDatabase }
  | { kind: 'failed'; message: string; reason: ErrorDescription };

export function App() {
  const { language, t } = useT();
  const [boot, setBoot] = useState<Boot>({ kind: 'opening' });

  useEffect(() => {
    opening ??= openArenaDatabase();
    opening.then(
      (db) => setBoot({ kind: 'ready', db }),
      (error: unknown) =>
        setBoot({
          kind: 'failed',
          message: error instanceof Error ? error.message : String(error),
          reason: describeStorageError(error),
        }),
    );
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('app.title');
  }, [language, t]);

  if (boot.kind === 'opening') {
    return (
      <>
        <DatabaseStatusBanner />
        <p role="status">{t('boot.opening')}</p>
      </>
    );
  }
  if (boot.kind === 'failed') return <BootFailure message={boot.message} reason={boot.reason} />;
  return (
    <DatabaseProvider db={boot.db}>
      <DatabaseStatusBanner />
      <StorageErrorBoundary>
        <Shell />
      </StorageErrorBoundary>
    </DatabaseProvider>
  );
}

/** Private mode, a full disk or a newer tab's schema, in plain words; the raw message below it. */
function BootFailure({ message, reason }: { message: string; reason: ErrorDescription }) {
  const { t } = useT();
  const isKnown = reason.key !== 'data.failed';
  return (
    <div role="alert" className="panel">
      <p>{isKnown ? t(reason.key, reason.params) : t('boot.failed', { message })}</p>
      {isKnown && <p className="hint">{t('storage.technical', { message })}</p>}
    </div>
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
  // The projector shows the stage alone: no header, navigation, banner or toasts.
  if (route.name === 'audience') {
    return (
      <Suspense fallback={<p role="status">{t('boot.opening')}</p>}>
        <AudienceRoute />
      </Suspense>
    );
  }
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
          <a href="#/data" aria-current={route.name === 'data' ? 'page' : undefined}>
            {t('nav.data')}
          </a>
          <a href="#/jury" aria-current={route.name === 'jury' ? 'page' : undefined}>
            {t('jury.nav')}
          </a>
          <a href="#/present" aria-current={route.name === 'present' ? 'page' : undefined}>
            {t('nav.present')}
          </a>
        </nav>
        <OfflineBadge />
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
      <UpdatePrompt />
      <SampleBanner />
      <main>
        <RouteView route={route} />
      </main>
      <ToastView />
    </>
  );
}

function RouteView({ route }: { route: Route }) {
  const { t } = useT();
  switch (route.name) {
    case 'leaderboard':
      return <LeaderboardRoute />;
    case 'zone':
      return <ZoneRoute zoneId={route.zoneId} />;
    case 'share':
      return <ShareRoute key={route.payload} payload={route.payload} />;
    case 'present':
      return (
        <Suspense fallback={<p role="status">{t('boot.opening')}</p>}>
          <PresentRoute />
        </Suspense>
      );
    case 'scorecard':
      return (
        <Suspense fallback={<p role="status">{t('boot.opening')}</p>}>
          <ScorecardRoute />
        </Suspense>
      );
    case 'jury':
      return (
        <Suspense fallback={<p role="status">{t('boot.opening')}</p>}>
          <JuryRoute />
        </Suspense>
      );
    case 'data':
      return (
        <Suspense fallback={<p role="status">{t('boot.opening')}</p>}>
          <DataRoute importSection={<ImportSection />} />
        </Suspense>
      );
    case 'audience':
      // Drawn by the shell without the app chrome; listed so every route has its view.
      return (
        <Suspense fallback={<p role="status">{t('boot.opening')}</p>}>
          <AudienceRoute />
        </Suspense>
      );
    case 'not-found':
      return (
        <p role="alert">
          {t('route.notFound', { route: route.path })} <a href="#/">{t('route.backHome')}</a>
        </p>
      );
  }
}
