// Text from outside (URLs, paths, entries, other programs' words) on its way to the runner's log:
// without credentials, and never readable as a workflow command. A message with a line that starts
// with `::` is put between stop-commands markers, which the runner honours and prints as text.
import { randomUUID } from 'node:crypto';
import { hideCredentials } from './secrets.js';

/** The text to write for a log message. */
export function logText(message: string): string {
  const text = hideCredentials(message);
  if (!/^\s*::/m.test(text)) return text;
  const token = `setup-binfmt-${randomUUID()}`;
  return `::stop-commands::${token}\n${text}\n::${token}::`;
}

/** Text for HTML (the job summary). */
export const escapeHtml = (text: string) =>
  hideCredentials(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
