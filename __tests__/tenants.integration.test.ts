// Two runner services under different users on one machine share one binfmt_misc, and so one
// ledger: root's, in /run/setup-binfmt, written through sudo as the kernel is. Each service has its
// own RUNNER_TEMP and XDG_RUNTIME_DIR; their cleanups add up. Real kernel, private instances.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addTenants, removeTenants, runTenants, type TenantStep } from './helpers/tenants.js';

const isRoot = process.getuid?.() === 0;
if (!isRoot && process.env.CI) throw new Error('CI runs as root: the tenants must be tested there');
const describeAsRoot = isRoot ? describe : describe.skip;

const main = (name: string, user: TenantStep['user'], platforms: string): TenantStep => ({
  name,
  user,
  inputs: { source: 'host', platforms, cleanup: 'true' },
});
const post = (name: string, user: TenantStep['user']): TenantStep => ({ name, user, post: true });
const A = 'sbf-tenant-a';
const B = 'sbf-tenant-b';
const FOUND = 'binfmt_misc is as this run found it';

describeAsRoot('two runner services under different users, on one binfmt_misc', () => {
  beforeAll(addTenants);
  afterAll(removeTenants);

  it("keep one root-owned ledger: one's cleanup leaves what the other relies on, the last restores all", async () => {
    const runs = await runTenants([
      main('a-main', A, 'arm64'),
      main('b-main', B, 'arm64,ppc64le'),
      post('a-post', A),
      post('b-post', B),
    ]);
    expect(runs['a-main']!.code).toBe(0);
    expect(runs['b-main']!.code).toBe(0);
    expect(runs['b-main']!.output).toContain('qemu-aarch64: identical entry already registered, left untouched');
    // One ledger for the instance, root's, readable by all, in the machine's directory.
    expect(runs['a-main']!.ledgers).toMatch(/^-rw-r--r-- 1 0 0 .* binfmt-\d+\.json$/m);
    expect(runs['b-main']!.ledgers.match(/binfmt-\d+\.json/g)).toHaveLength(1);
    // A's cleanup: B still relies on qemu-aarch64.
    expect(runs['a-post']!.code).toBe(0);
    expect(runs['a-post']!.output).toContain('left qemu-aarch64 for other runs that still rely on them');
    expect(Object.keys(runs['a-post']!.snapshot).sort()).toEqual(['qemu-aarch64', 'qemu-ppc64le']);
    // B's cleanup is the last: binfmt_misc as the first of them found it, and no ledger left.
    expect(runs['b-post']!.code).toBe(0);
    expect(runs['b-post']!.output).toContain(FOUND);
    expect(runs['b-post']!.snapshot).toEqual({});
    expect(runs['b-post']!.ledgers).not.toMatch(/binfmt-\d+\.json/);
  });

  it('never record an entry another run registered a moment earlier as what they found', async () => {
    const runs = await runTenants([
      main('a-main', A, 'arm64'),
      main('b-main', B, 'ppc64le'),
      post('a-post', A),
      post('b-post', B),
    ]);
    expect(runs['a-main']!.code).toBe(0);
    expect(runs['b-main']!.code).toBe(0);
    // A removes its own entry; B leaves its own: neither is "someone else's change" to the other.
    expect(runs['a-post']!.output).toContain('restored qemu-aarch64');
    expect(runs['a-post']!.output).not.toContain('by someone else');
    expect(runs['b-post']!.output).toContain(FOUND);
    expect(runs['b-post']!.output).not.toContain('qemu-aarch64');
    expect(runs['b-post']!.snapshot).toEqual({});
  });

  it('started together, say "as found" only when it is so, and leave binfmt_misc as found', async () => {
    const runs = await runTenants([
      [main('a-main', A, 'arm64,ppc64le'), main('b-main', B, 'arm64,ppc64le')],
      post('a-post', A),
      post('b-post', B),
    ]);
    expect(runs['a-main']!.code).toBe(0);
    expect(runs['b-main']!.code).toBe(0);
    expect(runs['a-post']!.output).not.toContain(FOUND);
    expect(runs['a-post']!.output).toMatch(/left qemu-aarch64, qemu-ppc64le for other runs/);
    expect(runs['a-post']!.snapshot).toEqual(runs['b-main']!.snapshot);
    expect(runs['b-post']!.output).toContain(FOUND);
    expect(runs['b-post']!.snapshot).toEqual({});
  });
});
