/**
 * What a filter's checklist (categories, actors) lists. A file may have 50,000 categories or
 * actors: the list shows the most common, those the reader has set apart, and whatever a search
 * finds, and never asks for work that grows faster than the number of items.
 */
import { idSet } from '@/domain/events/filter-events';
import { PALETTE } from '@/domain/events/palette';

/** As many as there are colours: the categories listed first never share one. */
export const TOP_CATEGORIES = PALETTE.length;

export interface ChecklistItem {
  id: string;
  label: string;
  /** The category's colour; actors have none. */
  color?: string;
}

export interface ChecklistQuery {
  /** Every item, in the order the list gives them. */
  all: readonly ChecklistItem[];
  /** The ones listed before "Show all": the most common. */
  top: readonly ChecklistItem[];
  /** Items that stay listed whatever the length: the reader's own choices. */
  pinned: ReadonlySet<string>;
  search: string;
  expanded: boolean;
}

/**
 * With a search, every match; otherwise the top items, then the pinned ones not among them, and
 * when expanded everything else after them (so expanding adds below and moves nothing).
 */
export function listedItems({
  all,
  top,
  pinned,
  search,
  expanded,
}: ChecklistQuery): readonly ChecklistItem[] {
  const needle = search.trim().toLowerCase();
  if (needle) return all.filter((item) => item.label.toLowerCase().includes(needle));
  const inTop = new Set(top.map((item) => item.id));
  const head =
    pinned.size === 0
      ? top
      : [...top, ...all.filter((item) => pinned.has(item.id) && !inTop.has(item.id))];
  if (!expanded) return head;
  const listed = new Set(head.map((item) => item.id));
  return [...head, ...all.filter((item) => !listed.has(item.id))];
}

/**
 * The categories a reader has set apart: none with no filter; the shown ones while few are
 * shown; the hidden ones while most are. Either way the exceptions, which stay in view.
 */
export function categoriesSetApart(
  all: readonly { id: string }[],
  shown: readonly string[] | null,
): ReadonlySet<string> {
  if (shown === null) return new Set();
  if (shown.length * 2 <= all.length) return idSet(shown);
  const showing = idSet(shown);
  return new Set(all.filter((category) => !showing.has(category.id)).map(({ id }) => id));
}
