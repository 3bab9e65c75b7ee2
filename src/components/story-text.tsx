/**
 * A step's text on the page: the tree story-text.ts reads, as React elements. Text is only ever
 * text (React escapes it), and a link only ever an http(s) address the reader checked.
 */
import { Fragment, useMemo } from 'react';

import { readStoryText, type Inline } from '@/domain/stories/story-text';

function Inlines({ nodes }: { nodes: readonly Inline[] }) {
  return nodes.map((node, i) => {
    switch (node.kind) {
      case 'text':
        return <Fragment key={i}>{node.text}</Fragment>;
      case 'break':
        return <br key={i} />;
      case 'em':
        return (
          <em key={i}>
            <Inlines nodes={node.children} />
          </em>
        );
      case 'strong':
        return (
          <strong key={i}>
            <Inlines nodes={node.children} />
          </strong>
        );
      case 'link':
        // As the event card's sources: a new tab that cannot reach back to this page.
        return (
          <a key={i} href={node.href} target="_blank" rel="noopener noreferrer">
            <Inlines nodes={node.children} />
          </a>
        );
    }
  });
}

/** The paragraphs of a step's text; nothing for an empty one. */
export function StoryText({ text, className }: { text: string; className?: string }) {
  const paragraphs = useMemo(() => readStoryText(text), [text]);
  if (paragraphs.length === 0) return null;
  return (
    <div className={className}>
      {paragraphs.map((paragraph, i) => (
        <p key={i}>
          <Inlines nodes={paragraph} />
        </p>
      ))}
    </div>
  );
}
