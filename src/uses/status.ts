// `status`, as one use: what binfmt_misc holds, and which Docker platforms this machine runs right
// now — natively, or through which entry (the kernel tries the most recently registered first).
// Returns plain data; the command line prints it.
import { entryInUse, entryMatches, targetMatchedBy, type BinfmtEntry } from '../binfmt/entry.js';
import { BinfmtKernel, type Kernel } from '../binfmt/kernel.js';
import { OS_ABIS } from '../probe/elf.js';
import { probeBytes, ProbeWorkspace, runProbeFile } from '../probe/verify.js';
import { dockerTargets } from '../targets.js';

interface PlatformStatus {
  readonly platforms: readonly string[];
  readonly cpu: string;
  /** Whether its probe runs here now. */
  readonly runs: boolean;
  /** How, in words: natively, through which entry, or why not. */
  readonly how: string;
  /** The entry the kernel uses for it, where that can be told. */
  readonly entry?: string;
  /** Every enabled entry that matches it, the one registered last first. */
  readonly candidates?: readonly string[];
  /** What its probe printed. */
  readonly printed: string;
}

interface BinfmtStatus {
  readonly root: string;
  readonly mounted: boolean;
  readonly enabled: boolean;
  readonly entries: readonly (BinfmtEntry & { readonly matches: string })[];
  readonly platforms: readonly PlatformStatus[];
}

/** A failed probe's reason, short enough for a table column. */
function whyNot(error: string | undefined): string {
  if (!error) return 'it printed nothing';
  return /Exec format error/.test(error) ? 'no binfmt_misc entry matches (Exec format error)' : error;
}

/**
 * How the kernel runs a file starting with `head`: through the entry it uses (the one registered
 * last among those that match), naming the others that match too, or all of them where the
 * order cannot be told.
 */
function throughWhich(entries: readonly BinfmtEntry[], inodes: ReadonlyMap<string, number>, head: Buffer) {
  const matching = entries
    .filter((entry) => entryMatches(entry, head))
    .map((entry) => ({ entry, inode: inodes.get(entry.name) ?? 0 }));
  const { used, candidates } = entryInUse(matching);
  if (candidates.length === 0) return { how: 'natively' };
  const names = candidates.map((entry) => entry.name);
  if (!used) {
    return {
      how: `through one of ${names.join(', ')} (the one registered last; their order cannot be told here)`,
      candidates: names,
    };
  }
  const others = names.filter((name) => name !== used.name);
  return {
    how: `through ${used.name}${others.length > 0 ? ` (registered last; ${others.join(', ')} also ${others.length === 1 ? 'matches' : 'match'})` : ''}`,
    entry: used.name,
    candidates: names,
  };
}

/** What an entry matches, in words. */
function matchesOf(entry: BinfmtEntry): string {
  if (entry.type === 'E') return `*.${entry.magic}`;
  return (
    (entry.offset === 0 ? targetMatchedBy(entry.magic, entry.mask)?.cpu : undefined) ??
    `magic at offset ${entry.offset}`
  );
}

/** binfmt_misc's entries, and a probe of every Docker platform run through the kernel now. */
export async function binfmtStatus(kernel: Kernel = new BinfmtKernel()): Promise<BinfmtStatus> {
  const mounted = kernel.isMounted();
  const entries = mounted ? await kernel.list() : [];
  const enabled = mounted ? await kernel.isEnabled() : false;
  const inodes = await kernel.inodes(entries.map((entry) => entry.name));
  const workspace = await ProbeWorkspace.create();
  try {
    const platforms = await Promise.all(
      dockerTargets().map(async (request): Promise<PlatformStatus> => {
        const runs = await Promise.all(
          OS_ABIS.map(async (abi) => runProbeFile(await workspace.write(request.target, abi), abi)),
        );
        const through = throughWhich(enabled ? entries : [], inodes, probeBytes(request.target, 0));
        const ok = runs.every((run) => run.error === undefined && run.output !== '');
        return {
          platforms: request.platforms,
          cpu: request.target.cpu,
          runs: ok,
          how: ok ? through.how : whyNot(runs.find((run) => run.error)?.error),
          ...(through.entry ? { entry: through.entry } : {}),
          ...(through.candidates ? { candidates: through.candidates } : {}),
          printed: runs[0]!.output,
        };
      }),
    );
    return {
      root: kernel.root,
      mounted,
      enabled,
      entries: entries.map((entry) => ({ ...entry, matches: matchesOf(entry) })),
      platforms,
    };
  } finally {
    await workspace.dispose();
  }
}
