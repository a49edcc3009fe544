// `uninstall` by name, as one use: removes entries — every qemu-* one, the entries of some
// platforms, or entries named outright — and says which were there to remove. (Putting back what
// one install changed is restore.ts.)
import { BinfmtKernel, type Kernel } from '../binfmt/kernel.js';
import { entryName } from '../registration/plan.js';
import type { TargetRequest } from '../targets.js';

type Removal =
  { readonly all: true } | { readonly requests: readonly TargetRequest[] } | { readonly names: readonly string[] };

interface RemovalResult {
  readonly mounted: boolean;
  readonly root: string;
  readonly removed: readonly string[];
}

export async function removeEntries(removal: Removal, kernel: Kernel = new BinfmtKernel()): Promise<RemovalResult> {
  if (!kernel.isMounted()) return { mounted: false, root: kernel.root, removed: [] };
  const names =
    'all' in removal
      ? (await kernel.list()).filter((entry) => entry.name.startsWith('qemu-')).map((entry) => entry.name)
      : 'requests' in removal
        ? removal.requests.map((request) => entryName(request.target.cpu))
        : removal.names;
  const removed: string[] = [];
  for (const name of names) {
    if (await kernel.remove(name)) removed.push(name);
  }
  return { mounted: true, root: kernel.root, removed };
}
