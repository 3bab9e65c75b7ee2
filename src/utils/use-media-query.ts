import { useSyncExternalStore } from 'react';

/** Whether a CSS media query matches, following changes (e.g. rotating a phone). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const media = matchMedia(query);
      media.addEventListener('change', onChange);
      return () => media.removeEventListener('change', onChange);
    },
    () => matchMedia(query).matches,
    () => false,
  );
}

export const PHONE_QUERY = '(max-width: 700px)';
/** Too narrow for three columns beside the map: the filters become a drawer over it. */
export const DRAWER_QUERY = '(max-width: 1023px)';
