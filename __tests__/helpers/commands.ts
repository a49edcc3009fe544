// What the runner would read from a log as workflow commands.

/** Lines the runner would take as workflow commands (outside stop-commands sections), whole. */
export function workflowCommands(log: string): string[] {
  const found: string[] = [];
  let stopped: string | undefined;
  for (const line of log.split('\n').map((text) => text.trim())) {
    if (stopped) {
      if (line === `::${stopped}::`) stopped = undefined;
    } else if (line.startsWith('::stop-commands::')) stopped = line.slice('::stop-commands::'.length);
    else if (line.startsWith('::')) found.push(line);
  }
  return found;
}

/** Their names: `::error::`, `::add-mask::`, … */
export const commandNames = (log: string) =>
  workflowCommands(log).map((line) => line.slice(0, line.indexOf('::', 2) + 2));
