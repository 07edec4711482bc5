/**
 * The report's text, which sits beside the repository (../shared/report/OIG-17-51.txt), not in it: a
 * user's clone has none, so tests that quote it skip with a message there (CI has the file).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';

export const reportFile = join(import.meta.dirname, '../../../shared/report/OIG-17-51.txt');

/** Quotes compared as the report prints them: curly quotes straight, white space single, lower case. */
export const normalize = (text: string) => text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').toLowerCase();

/**
 * The report's pages, normalized, by page number (split at the footers "www.oig.dhs.gov\n\nN\n"); or,
 * when the file is absent, undefined after a warning and a skipped test saying so. Call it inside a
 * describe body (vitest runs the body even when its tests are skipped, so the file is read only here).
 */
export function reportPages(): Map<number, string> | undefined {
  if (!existsSync(reportFile)) {
    const message = `skipped: ${reportFile} is absent (the report's text is not part of the repository)`;
    console.warn(message);
    it.skip(message, () => {});
    return undefined;
  }
  const byPage = new Map<number, string>();
  const parts = readFileSync(reportFile, 'utf8').split(/www\.oig\.dhs\.gov\s*\n\s*(\d+)\s*\n/);
  for (let i = 1; i < parts.length; i += 2) byPage.set(Number(parts[i]), normalize(parts[i - 1]!));
  return byPage;
}
