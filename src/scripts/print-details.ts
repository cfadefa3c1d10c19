/**
 * Opens every closed `<details>` before printing and closes them again after,
 * for browsers without `::details-content` (the print stylesheet opens them
 * in the others), so printed FAQ answers and criterion diffs are never lost.
 */
const openedForPrint: HTMLDetailsElement[] = [];

addEventListener('beforeprint', () => {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details:not([open])')) {
    details.open = true;
    openedForPrint.push(details);
  }
});

addEventListener('afterprint', () => {
  for (const details of openedForPrint.splice(0)) details.open = false;
});
