import { loadDefault, loadFromUrl } from '@/features/data-loading/lib/dataset-service';
import { useAppStore } from '@/store/app-store';

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
  const dataUrl = new URLSearchParams(location.search).get('data');
  void (dataUrl ? loadFromUrl(store, dataUrl) : loadDefault(store));
}
