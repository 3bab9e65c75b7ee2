import { useMemo, useState, type ReactNode } from 'react';

import { countOf } from '@/utils/plural';

import { listedItems, type ChecklistItem } from '../lib/checklist';

import { LongChecklist } from './long-checklist';

import './checklist.css';

/** Up to this many rows are all in the page; a longer list only puts the rows in view there. */
const PLAIN_ROWS = 50;

export interface ChecklistProps {
  className: string;
  legend: ReactNode;
  /** What one item is called: ['actor', 'actors'], for "No actors match". */
  noun: readonly [string, string];
  /** The search box's name, "Find an actor". */
  findLabel: string;
  /** Every item, in the list's order. */
  items: readonly ChecklistItem[];
  /** Listed before "Show all"; every item when the list is not `searchable`. */
  top: readonly ChecklistItem[];
  /** Listed whatever the search and length (the reader's own choices). */
  pinned: ReadonlySet<string>;
  /** Events per item given the other filters, shown beside each. */
  counts: ReadonlyMap<string, number>;
  isChecked: (id: string) => boolean;
  onToggle: (id: string) => void;
  /** A search box and "Show all": off for a short list, which lists everything as it is. */
  searchable: boolean;
}

/** A filter's checkboxes with their counts: a few at first, the rest by search or "Show all". */
export function Checklist(props: ChecklistProps) {
  const { items, top, pinned, searchable, noun } = props;
  const [search, setSearch] = useState('');
  const [expanded, setExpanded] = useState(false);
  const listed = useMemo(
    () => (searchable ? listedItems({ all: items, top, pinned, search, expanded }) : items),
    [searchable, items, top, pinned, search, expanded],
  );
  const row = (item: ChecklistItem) => (
    <ChecklistRow
      item={item}
      isChecked={props.isChecked}
      onToggle={props.onToggle}
      counts={props.counts}
    />
  );
  const plain = (rows: readonly ChecklistItem[]) => (
    <ul className="checklist">
      {rows.map((item) => (
        <li key={item.id}>{row(item)}</li>
      ))}
    </ul>
  );
  return (
    <fieldset className={props.className}>
      <legend>{props.legend}</legend>
      {searchable && (
        <input
          type="search"
          aria-label={props.findLabel}
          // The legend names the list; the box in a narrow panel has room for the number only.
          placeholder={`Find among ${items.length.toLocaleString('en')}…`}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      )}
      {listed.length <= PLAIN_ROWS ? plain(listed) : <LongChecklist items={listed} row={row} />}
      {search.trim() && (
        <p className="checklist-status muted" role="status">
          {listed.length === 0 ? `No ${noun[1]} match` : countOf(listed.length, 'match', 'matches')}
        </p>
      )}
      {searchable && !search && items.length > top.length && (
        <button
          type="button"
          className="link-button"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'Show fewer' : `Show all ${items.length.toLocaleString('en')}`}
        </button>
      )}
    </fieldset>
  );
}

function ChecklistRow({
  item,
  isChecked,
  onToggle,
  counts,
}: { item: ChecklistItem } & Pick<ChecklistProps, 'isChecked' | 'onToggle' | 'counts'>) {
  return (
    <label className="category-toggle" title={item.label}>
      <input type="checkbox" checked={isChecked(item.id)} onChange={() => onToggle(item.id)} />
      {item.color && (
        <span className="swatch" style={{ background: item.color }} aria-hidden="true" />
      )}
      <span className="category-label">{item.label}</span>
      <span className="category-count tabular">
        {(counts.get(item.id) ?? 0).toLocaleString('en')}
      </span>
    </label>
  );
}
