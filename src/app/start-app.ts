import { loadDefault, loadFromUrl } from '@/features/data-loading/lib/dataset-service';
import { useAppStore } from '@/store/app-store';
import { registerAutomation } from '@/utils/automation';
import { startUrlSync } from '@/url/url-sync';

/** Everything that happens once, before the first render. */
export function startApp() {
  const store = useAppStore;
  const media = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
  media?.addEventListener('change', (e) =>
    store.getState().setSystemScheme(e.matches ? 'dark' : 'light'),
  );
  const applyScheme = (scheme: 'light' | 'dark') => {
    document.documentElement.dataset['theme'] = scheme;
  };
  applyScheme(store.getState().resolvedScheme);
  store.subscribe((s) => s.resolvedScheme, applyScheme);
  const sync = startUrlSync(store, {
    loadUrl: (url) => void loadFromUrl(store, url),
    loadDefault: () => void loadDefault(store),
  });
  registerAutomation('url', { flush: sync.flush });
}
