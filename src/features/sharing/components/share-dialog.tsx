import { useState } from 'react';

import { DialogClose } from '@/components/dialog-close';
import { useModalOnMount } from '@/components/use-modal-on-mount';
import { useAppStore } from '@/store/app-store';

import { copyText } from '@/utils/copy-text';

function embedLink(link: string): string {
  const url = new URL(link);
  url.searchParams.set('embed', '1');
  return url.href;
}

function embedSnippet(link: string, title: string): string {
  const safeTitle = title.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<iframe src="${embedLink(link).replace(/&/g, '&amp;')}" title="${safeTitle}" width="100%" height="600" style="border:0" loading="lazy"></iframe>`;
}

/**
 * Share this exact view: a link, or an iframe for a web page. Loaded and opened by the Share
 * button (share-button.tsx), once per opening, with the link as it was then.
 */
export default function ShareDialog({ link, onClosed }: { link: string; onClosed: () => void }) {
  const dialogRef = useModalOnMount();
  const title = useAppStore((s) => s.dataset?.title ?? 'Chronomap');
  const storyTitle = useAppStore((s) => s.stories.find((one) => one.id === s.story?.id)?.title);
  const step = useAppStore((s) => s.story?.step);
  const [status, setStatus] = useState('');

  const copyWithStatus = async (text: string, what: string) => {
    setStatus(await copyText(text, what));
  };

  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby="share-title" onClose={onClosed}>
      <h2 id="share-title">Share this view</h2>
      <p className="muted">
        The link opens exactly this view: time window, filters, selection and map.
      </p>
      {storyTitle && step && (
        <p data-testid="share-story">
          It opens the story “{storyTitle}” at step {step}, with Previous and Next: the embed too,
          as a player for an article.
        </p>
      )}
      <label className="field">
        <span>Link</span>
        <input
          type="text"
          readOnly
          value={link}
          onFocus={(e) => e.target.select()}
          data-testid="share-link"
        />
      </label>
      <div className="dialog-row">
        <button type="button" onClick={() => void copyWithStatus(link, 'Link')}>
          Copy link
        </button>
      </div>
      <label className="field">
        <span>Embed in a web page</span>
        <textarea
          readOnly
          rows={3}
          value={link ? embedSnippet(link, title) : ''}
          onFocus={(e) => e.target.select()}
          data-testid="embed-code"
        />
      </label>
      <div className="dialog-row">
        <button
          type="button"
          onClick={() => void copyWithStatus(embedSnippet(link, title), 'Embed code')}
        >
          Copy embed code
        </button>
      </div>
      <p role="status" className="copy-status">
        {status}
      </p>
      <DialogClose />
    </dialog>
  );
}
