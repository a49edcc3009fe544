// The release script's watch for newer builds, against Debian's real, signed archive: a stale
// manifest is found stale, and a manifest of what the archive has now is found current.
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';

interface Update {
  package: string;
  suite: string;
  archive: string;
  version: string;
  current: string;
}
const script = async () =>
  (await import('../scripts/debian-qemu.mjs' as string)) as {
    checkUpdates: (options: { manifest: unknown }) => Promise<Update[]>;
  };

const release = (debianVersion: string, pkg: string, suite: string, archive = 'debian') => ({
  id: debianVersion.replace(/^\d+:/, ''),
  debianVersion,
  package: pkg,
  archive,
  suite,
  hosts: {},
});

const isNewer = (a: string, b: string) => {
  try {
    execFileSync('dpkg', ['--compare-versions', a, 'gt', b]);
    return true;
  } catch {
    return false;
  }
};

describe('--check-updates', () => {
  it("finds newer builds than a stale manifest's in each suite it follows, and none once it has them", async () => {
    const { checkUpdates } = await script();
    const stale = {
      default: '10.0.2+ds-1',
      releases: [
        release('1:10.0.2+ds-1', 'qemu-user', 'trixie'),
        // An older release of the same line: only the newest counts.
        release('1:9.2.0+ds-1', 'qemu-user', 'trixie'),
        release('1:7.2+dfsg-7+deb12u1', 'qemu-user-static', 'bookworm'),
        release('1:11.1.0+ds-1~bpo13+1', 'qemu-user', 'trixie-backports'),
      ],
    };
    const updates = await checkUpdates({ manifest: stale });
    expect(updates.map((update) => [update.package, update.suite.replace(/-security$/, ''), update.current])).toEqual([
      ['qemu-user', 'trixie', '1:10.0.2+ds-1'],
      ['qemu-user-static', 'bookworm', '1:7.2+dfsg-7+deb12u1'],
      ['qemu-user', 'trixie-backports', '1:11.1.0+ds-1~bpo13+1'],
    ]);
    for (const update of updates) {
      expect(isNewer(update.version, update.current)).toBe(true);
      expect(update.archive).toBe(update.suite.endsWith('-security') ? 'debian-security' : 'debian');
    }

    const current = {
      default: '',
      releases: updates.map((update) => release(update.version, update.package, update.suite, update.archive)),
    };
    expect(await checkUpdates({ manifest: current })).toEqual([]);
  }, 120000);
});
