// How long and how much, one way for every module: waiting, and sizes as messages show them.

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A size in MiB with one decimal, as messages show sizes. */
export const mib = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MiB`;
