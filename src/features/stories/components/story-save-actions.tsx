import { useState } from 'react';

import type { Story } from '@/domain/stories/types';
import { useAppStore } from '@/store/app-store';
import { dataUrlOf } from '@/url/url-state';
import { copyText } from '@/utils/copy-text';
import { downloadText } from '@/utils/download';

import { isDraft } from '../lib/drafts';
import { savedFileName, storyJson } from '../lib/save-stories';

async function saveDataset() {
  const { dataset, stories } = useAppStore.getState();
  if (!dataset) return;
  // The writers (and the CSV library) load on first use, as for Export.
  const { toDatasetJson } = await import('@/domain/events/export');
  const text = toDatasetJson(dataset, dataset.events, dataset.title, stories);
  downloadText(text, savedFileName(dataset.title), 'application/json');
}

/** The link that opens this story on the data, when the data has an address. */
function StoryLink({ story }: { story: Story }) {
  const dataUrl = useAppStore(dataUrlOf);
  const query = `?data=${dataUrl ?? '<the file’s address>'}&story=${story.id}`;
  return (
    <p className="muted">
      Put the saved file online: a link to it with a story opens that story for everyone who follows
      it,{' '}
      <code className="story-link">
        {dataUrl ? `${location.origin}${location.pathname}${query}` : query}
      </code>
    </p>
  );
}

/** "Discard draft", asked twice: it cannot be undone. */
function DiscardDraft({ story, say }: { story: Story; say: (message: string) => void }) {
  const [asking, setAsking] = useState(false);
  const ownVersion = useAppStore((s) => s.dataset?.stories.find((own) => own.id === story.id));
  const draft = useAppStore((s) => isDraft(s, story));
  if (!draft) return <p className="muted">No changes to this story beside the dataset’s own.</p>;
  const discard = () => {
    const { putStory, removeStory } = useAppStore.getState();
    setAsking(false);
    if (ownVersion) {
      putStory(ownVersion);
      say('Changes discarded: the story is as the dataset has it.');
    } else removeStory(story.id);
  };
  if (!asking)
    return (
      <button type="button" onClick={() => setAsking(true)}>
        Discard draft…
      </button>
    );
  return (
    <div role="group" aria-label="Discard draft" className="story-confirm">
      <p>
        {ownVersion
          ? 'Discard every change to this story, back to the dataset’s own?'
          : 'Discard this new story? It is not in the dataset.'}
      </p>
      <button type="button" className="danger-button" onClick={discard} autoFocus>
        Discard
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Keep
      </button>
    </div>
  );
}

/** Save the dataset with its stories, copy this one, or drop its draft. */
export function StorySaveActions({ story, say }: { story: Story; say: (message: string) => void }) {
  return (
    <div className="story-save">
      <h3 className="story-save-heading">Save</h3>
      <div className="story-step-actions">
        <button type="button" onClick={() => void saveDataset()}>
          Save dataset with stories
        </button>
        <button
          type="button"
          onClick={() => void copyText(storyJson(story), 'Story JSON').then(say)}
        >
          Copy story JSON
        </button>
      </div>
      <StoryLink story={story} />
      <DiscardDraft story={story} say={say} />
    </div>
  );
}
