// What a cleanup did, and the sentence it reports: what was restored, what was left for other
// running runs or because someone else changed it, and what could not be undone.
import type { Change } from './state.js';

/** What a cleanup did, for a truthful report. */
export interface UndoReport {
  /** Put back as they were (entries by name, `binfmt_misc` for the switch and the mount). */
  readonly restored: string[];
  /** Left as they are because other running runs rely on them; the last of those restores them. */
  readonly keptForOthers: string[];
  /** Left as they are because someone else changed them meanwhile. */
  readonly changedByOthers: string[];
  /** What failed. */
  readonly problems: string[];
}

/**
 * How many changes a run made: an intent written down before a registration counts only where
 * no record of the registration follows it (the run was stopped in between).
 */
export const changeCount = (changes: readonly Change[]) =>
  changes.filter(
    (change, index) =>
      change.kind !== 'registering' ||
      !changes.slice(index + 1).some((later) => later.kind === 'registered' && later.entry.name === change.entry.name),
  ).length;

/** A report of a cleanup that has done nothing yet. */
export const nothingUndone = (): UndoReport => ({ restored: [], keptForOthers: [], changedByOthers: [], problems: [] });

/** The sentence a cleanup reports. */
export function describeUndo(report: UndoReport, changes: number): string {
  const parts: string[] = [];
  if (report.restored.length > 0) parts.push(`restored ${report.restored.join(', ')}`);
  if (report.keptForOthers.length > 0)
    parts.push(
      `left ${report.keptForOthers.join(', ')} for other runs that still rely on them (the last of them restores them)`,
    );
  if (report.changedByOthers.length > 0)
    parts.push(`left ${report.changedByOthers.join(', ')}, which someone else changed meanwhile`);
  if (report.problems.length > 0) parts.push(`could not undo: ${report.problems.join('; ')}`);
  const whole =
    report.keptForOthers.length === 0 && report.changedByOthers.length === 0 && report.problems.length === 0;
  return whole
    ? `binfmt_misc is as this run found it (${changes} ${changes === 1 ? 'change' : 'changes'} undone${parts.length > 0 ? `: ${parts.join('; ')}` : ''}).`
    : `binfmt_misc is not entirely as this run found it: ${parts.join('; ')}.`;
}
