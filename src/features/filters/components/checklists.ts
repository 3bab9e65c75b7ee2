/** The category and actor lists, loaded after the first paint (see filter-panel.tsx). */
export { ActorFilter } from './actor-filter';
export { CategoryFilter } from './category-filter';
