// What the uses are given to reach the world around them, whichever entry calls them: one module
// for these ports, so that nothing imports a use (or an entry) for a type.

/** How a use talks to the person watching: grouped logs, info and warnings. */
export interface Console {
  group<T>(title: string, work: () => Promise<T>): Promise<T>;
  info(message: string): void;
  warning(message: string): void;
}
