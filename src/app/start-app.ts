import { loadDefault, loadFromUrl } from '@/features/data-loading/lib/dataset-service';
import { startStoryDrafts } from '@/features/stories/lib/drafts';
import { useAppStore } from '@/store/app-store';
import type { Theme } from '@/store/slices/ui-slice';
import { registerAutomation } from '@/utils/automation';
import { startUrlSync } from '@/url/url-sync';
import { breakPanel } from '@/utils/fault-injection';

/** Anything the content security policy blocks is reported: it means an attack, or a bug to fix. */
function watchContentSecurityPolicy() {
  const violations: { directive: string; blocked: string }[] = [];
  registerAutomation('csp', { violations: () => violations.slice() });
  document.addEventListener('securitypolicyviolation', (event) => {
    violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
    console.warn(
      `Blocked by the content security policy (${event.effectiveDirective}): ${event.blockedURI || 'inline code'}`,
    );
  });
}

/** Everything that happens once, before the first render. */
export function startApp() {
  const store = useAppStore;
  const media = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
  media?.addEventListener('change', (e) =>
    store.getState().setSystemScheme(e.matches ? 'dark' : 'light'),
  );
  const applyScheme = (scheme: Theme) => {
    document.documentElement.dataset['theme'] = scheme;
  };
  applyScheme(store.getState().resolvedScheme);
  store.subscribe((s) => s.resolvedScheme, applyScheme);
  // Before the URL sync: a link to a story only in the drafts finds it once the data is in.
  startStoryDrafts(store);
  const sync = startUrlSync(store, {
    loadUrl: (url, read) => void loadFromUrl(store, url, undefined, read),
    loadDefault: () => void loadDefault(store),
  });
  registerAutomation('url', { flush: sync.flush });
  registerAutomation('testing', { breakPanel });
  watchContentSecurityPolicy();
}
