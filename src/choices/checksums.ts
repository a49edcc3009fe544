// What the `checksums` input may be, parsed: sha256 lines as sha256sum prints them, or the URL of
// such a file (fetched by emulators/index.ts). Neutral ground: settings and the sources read it.
import { InputError, quoted } from '../support/errors.js';

/** Where the user's sums come from. */
export type ChecksumSource =
  | { readonly kind: 'none' }
  | { readonly kind: 'list'; readonly table: ReadonlyMap<string, string> }
  | { readonly kind: 'url'; readonly url: string };

/** File name → sha256 (lower-case hex). */
export type ChecksumTable = ReadonlyMap<string, string>;

/** Parses `sha256  name` lines (binary-mode `*name` too; blank lines and # comments skipped). */
export function parseChecksums(text: string, origin: string): Map<string, string> {
  const table = new Map<string, string>();
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const match = /^([0-9a-fA-F]{64})\s+\*?(\S.*)$/.exec(line);
    if (!match) {
      throw new InputError(
        'checksums',
        line,
        `line ${index + 1} of ${origin} is not "<sha256>  <file name>": ${quoted(line, 100)}`,
        'lines as sha256sum prints them, or the URL of such a file',
      );
    }
    const name = match[2]!.trim().replace(/^.*\//, '');
    const sum = match[1]!.toLowerCase();
    const earlier = table.get(name);
    if (earlier && earlier !== sum) {
      throw new InputError(
        'checksums',
        text,
        `${origin} lists ${quoted(name)} twice with different sums (${earlier} and, on line ${index + 1}, ${sum})`,
        'one sum per file',
      );
    }
    table.set(name, sum);
  });
  return table;
}
