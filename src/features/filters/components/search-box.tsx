import { useEffect, useRef, useState } from 'react';

import { useAppStore } from '@/store/app-store';

const DEBOUNCE_MS = 200;

/** Text search, applied a moment after typing stops so every keystroke does not refilter. */
export function SearchBox() {
  const query = useAppStore((s) => s.query);
  const setQuery = useAppStore((s) => s.setQuery);
  const [text, setText] = useState(query);
  const [prevQuery, setPrevQuery] = useState(query);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // The store may change under us (a link, Back, Clear all): show what it holds.
  if (query !== prevQuery) {
    setPrevQuery(query);
    setText(query);
  }

  useEffect(() => () => clearTimeout(timer.current), []);

  return (
    <label className="field">
      <span>Search</span>
      <input
        type="search"
        id="search"
        value={text}
        placeholder="Title, place, actor…"
        aria-keyshortcuts="/"
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => setQuery(next), DEBOUNCE_MS);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            clearTimeout(timer.current);
            setQuery(text);
          }
        }}
      />
    </label>
  );
}
