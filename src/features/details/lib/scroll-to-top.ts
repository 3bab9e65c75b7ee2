/**
 * Brings a panel back to its top, whichever box scrolls it: the panel itself on a desktop, the
 * bottom sheet around it on a phone. Stops below the page, whose scroll is the reader's own.
 */
export function scrollToTop(element: HTMLElement): void {
  const page = element.ownerDocument.body;
  for (let box: HTMLElement | null = element; box && box !== page; box = box.parentElement) {
    if (box.scrollTop !== 0) box.scrollTop = 0;
  }
}
