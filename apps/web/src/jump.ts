/**
 * Follows an in-page link by moving the focus, not the address: the app's
 * pages live in the location hash, so letting the link change it would
 * leave the page.
 */
export function jumpTo(event: MouseEvent, id: string): void {
  event.preventDefault();
  const target = document.getElementById(id);
  target?.focus();
  target?.scrollIntoView({ block: 'center' });
}
