import { plural } from '@/utils/plural';

/** How to cite a view: “Title” (12 of 101 events, 1 Jan 2024 – 31 Jan 2024). Chronomap view. Accessed 26 November 2026. <link> */
export function citation(options: {
  title: string;
  shown: number;
  total: number;
  windowText: string | null;
  filtersText: string | null;
  accessed: Date;
  link: string;
}): string {
  const accessed = options.accessed.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const scope = [
    `${options.shown.toLocaleString('en')} of ${options.total.toLocaleString('en')} ${plural(options.total, 'event')}`,
    options.windowText,
    options.filtersText,
  ]
    .filter(Boolean)
    .join(', ');
  return `“${options.title}” (${scope}). Chronomap view. Accessed ${accessed}. ${options.link}`;
}
