import { useMemo } from 'react';

import { idSet } from '@/domain/events/filter-events';
import type { Category } from '@/domain/events/types';
import { useAppStore } from '@/store/app-store';
import { selectCategoryCounts } from '@/store/selectors';
import { mostCommon } from '@/utils/top-n';

import { categoriesSetApart, TOP_CATEGORIES } from '../lib/checklist';

import { Checklist } from './checklist';

const NO_CATEGORIES: Category[] = [];

/**
 * The category toggles are the legend: colour, label and count in the current window. A file
 * with more categories than colours (a CSV column of 50,000 values) lists the most common, finds
 * the rest by search or "Show all", and can select none to start a choice of a few.
 */
export function CategoryFilter() {
  const dataset = useAppStore((s) => s.dataset);
  const shown = useAppStore((s) => s.categories);
  const toggleCategory = useAppStore((s) => s.toggleCategory);
  const setCategories = useAppStore((s) => s.setCategories);
  const counts = useAppStore(selectCategoryCounts);
  const categories = dataset?.categories ?? NO_CATEGORIES;
  const many = categories.length > TOP_CATEGORIES;
  const top = useMemo(
    () =>
      many && dataset
        ? mostCommon(categories, (c) => dataset.categoryCounts.get(c.id) ?? 0, TOP_CATEGORIES)
        : categories,
    [many, dataset, categories],
  );
  const showing = shown && idSet(shown);
  const pinned = useMemo(() => categoriesSetApart(categories, shown), [categories, shown]);
  const legend = many ? (
    <>
      Categories{' '}
      {shown !== null && (
        <button type="button" className="link-button" onClick={() => setCategories(null)}>
          select all
        </button>
      )}{' '}
      {shown?.length !== 0 && (
        <button type="button" className="link-button" onClick={() => setCategories([])}>
          select none
        </button>
      )}
    </>
  ) : (
    'Categories'
  );
  return (
    <Checklist
      className="category-toggles"
      legend={legend}
      noun={['category', 'categories']}
      findLabel="Find a category"
      items={categories}
      top={top}
      pinned={pinned}
      counts={counts}
      isChecked={(id) => !showing || showing.has(id)}
      onToggle={toggleCategory}
      searchable={many}
    />
  );
}
