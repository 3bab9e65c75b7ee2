import { useAppStore } from '@/store/app-store';

/** What a link asked for that could not be shown, in words, with a way to dismiss it. */
export function UrlNotice() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotices);
  if (notices.length === 0) return null;
  return (
    <div className="data-status notice" role="status" data-testid="url-notice">
      <span>Part of this link was ignored: {notices.join('; ')}.</span>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
