/** Small helpers over the page's elements. */

/** The element with this id. */
export const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

/**
 * Calls `read` with each file picked in the file input `id`; what goes wrong is shown in the page
 * (`#problem`), naming the file, instead of being lost in the console.
 */
export function onFilePicked(id: string, read: (file: File) => Promise<void>): void {
  $<HTMLInputElement>(id).addEventListener('change', async (event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    try {
      await read(file);
    } catch (error) {
      $('problem').textContent = `${file.name}: ${(error as Error).message}`;
    }
  });
}
