import { flushSync } from 'react-dom';

/** The first control of a region that takes focus, from the most to the least wanted. */
function focusFirst(selectors: readonly string[]): boolean {
  for (const selector of selectors) {
    const target = document.querySelector<HTMLElement>(selector);
    if (target && target.checkVisibility()) {
      target.focus();
      return true;
    }
  }
  return false;
}

const TARGETS = {
  // MapLibre's canvas: arrow keys pan it, + and − zoom.
  map: ['section[aria-label="Map"] canvas', 'section[aria-label="Map"] button'],
  // The time window: arrow keys move it.
  timeline: [
    '.timeline-panel [role="slider"]',
    '.timeline-plot[tabindex]',
    '.timeline-panel button',
  ],
  // The list itself (one Tab stop, arrow keys inside), else its first control.
  events: ['section[aria-label="Events"] [role="listbox"]', 'section[aria-label="Events"] select'],
} as const;

type Region = keyof typeof TARGETS;

/**
 * The page's first Tab stops, shown only while one has focus: each jumps past the header and
 * the filters (dozens of stops) to a region's main control. `reveal` first opens whatever hides a
 * region (the phone's Events sheet, a folded list), synchronously so that it can take focus.
 */
export function SkipLinks({
  regions,
  reveal,
}: {
  regions: readonly Region[];
  reveal?: (region: Region) => void;
}) {
  const labels: Record<Region, string> = {
    map: 'Skip to map',
    timeline: 'Skip to timeline',
    events: 'Skip to events',
  };
  return (
    <nav className="skip-links" aria-label="Skip links">
      {regions.map((region) => (
        <button
          key={region}
          type="button"
          className="skip-link"
          onClick={() => {
            if (reveal) flushSync(() => reveal(region));
            focusFirst(TARGETS[region]);
          }}
        >
          {labels[region]}
        </button>
      ))}
    </nav>
  );
}
