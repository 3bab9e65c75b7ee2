/** The address of this view, with any address write still waiting applied first. */
export function currentLink(): string {
  window.chronomap?.url?.flush();
  return location.href;
}
