// A report as a use returns one, for tests of what the entries publish: empty unless told.
import type { Report } from '../src/report.js';

export const reportWith = (fields: Partial<Report> = {}): Report => ({
  platforms: [],
  emulated: [],
  interpreters: {},
  qemuVersion: '',
  cacheHit: false,
  emulators: {},
  outcomes: [],
  notes: [],
  ...fields,
});
