import { useAppStore } from '@/store/app-store';
import type { ColorSchemePreference } from '@/store/slices/ui-slice';

/** Light, dark, or whatever the system prefers (the default). */
export function ThemeSelect() {
  const scheme = useAppStore((s) => s.colorScheme);
  const setScheme = useAppStore((s) => s.setColorScheme);
  return (
    <label className="theme-select">
      <span aria-hidden="true">◐</span>
      <select
        aria-label="Colour scheme"
        value={scheme}
        onChange={(e) => setScheme(e.target.value as ColorSchemePreference)}
      >
        <option value="system">Auto</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}
