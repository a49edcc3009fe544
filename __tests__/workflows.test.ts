// Every workflow and action.yml, through GitHub's own parser, so that a typo fails here.
import { describe, expect, it } from '@jest/globals';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { QemuManifest, QemuRelease } from '../src/choices/releases.js';

const WORKFLOWS = '.github/workflows';
const workflowErrors = (name: string, content: string) =>
  parseWorkflow({ name, content }, new NoOperationTraceWriter())
    .context.errors.getErrors()
    .map((error) => error.message);

describe('workflows', () => {
  const files = readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name));

  it('has ci, dist, e2e, release, qemu-release and qemu-update workflows', () => {
    expect(files.sort()).toEqual([
      'ci.yml',
      'dist.yml',
      'e2e.yml',
      'qemu-release.yml',
      'qemu-update.yml',
      'release.yml',
    ]);
  });

  it('runs e2e weekly too, and never two runs of one ref at once', () => {
    const e2e = parse(readFileSync(join(WORKFLOWS, 'e2e.yml'), 'utf8')) as {
      on: { schedule?: { cron: string }[] };
      concurrency?: { group: string };
    };
    expect(e2e.on.schedule?.[0]?.cron).toMatch(/^\S+ \S+ \* \* \d$/);
    expect(e2e.concurrency?.group).toContain('${{ github.ref }}');
  });

  it("rebuilds and pushes dist/ on dependabot's pull requests only", () => {
    const dist = parse(readFileSync(join(WORKFLOWS, 'dist.yml'), 'utf8')) as {
      jobs: { rebuild: { if: string; steps: { run?: string }[] } };
    };
    expect(dist.jobs.rebuild.if).toBe("github.actor == 'dependabot[bot]'");
    const runs = dist.jobs.rebuild.steps.map((step) => step.run ?? '').join('\n');
    expect(runs).toContain('npm run -s bundle');
    expect(runs).toContain('git push');
  });

  it("publishes the emulators the release script packs and checks against the manifest, under the manifest's tags", async () => {
    const workflow = parse(readFileSync(join(WORKFLOWS, 'qemu-release.yml'), 'utf8')) as {
      jobs: { publish: { steps: { run?: string }[] } };
    };
    const runs = workflow.jobs.publish.steps.map((step) => step.run ?? '');
    const pack = runs.findIndex((run) => run.includes('node scripts/debian-qemu.mjs --from-manifest --out assets'));
    const publish = runs.findIndex((run) => run.includes('gh release upload "$tag" "$dir"/*'));
    expect(pack).toBeGreaterThan(0);
    expect(publish).toBeGreaterThan(pack);
    // The directories it publishes are named as the action looks for them.
    const { QEMU_MANIFEST } = await import('../src/choices/releases.js');
    const { packRelease } = (await import('../scripts/debian-qemu.mjs' as string)) as { packRelease: unknown };
    expect(typeof packRelease).toBe('function');
    const { releaseTag } = (await import('../scripts/debian-qemu.mjs' as string)) as {
      releaseTag: (id: string) => string;
    };
    for (const release of QEMU_MANIFEST.releases) expect(release.tag).toBe(releaseTag(release.id));
    expect(releaseTag('11.1.3+ds-1~bpo13+1')).toBe('qemu-v11.1.3-ds-1-bpo13-1');
  });

  it('looks for newer Debian builds daily; packs, qualifies and publishes them, and opens a pull request', () => {
    const workflow = parse(readFileSync(join(WORKFLOWS, 'qemu-update.yml'), 'utf8')) as {
      on: { schedule?: { cron: string }[] };
      jobs: {
        check: { outputs: Record<string, string>; steps: { run?: string }[] };
        update: { needs: string; if: string; steps: { run?: string }[] };
      };
    };
    expect(workflow.on.schedule?.[0]?.cron).toMatch(/^\S+ \S+ \* \* \*$/);
    const check = workflow.jobs.check.steps.map((step) => step.run ?? '').join('\n');
    expect(check).toContain('node scripts/debian-qemu.mjs --check-updates --json');
    expect(workflow.jobs.update.if).toBe("needs.check.outputs.updates != '[]' || needs.check.outputs.rebuilds != '[]'");
    expect(check).toContain('node scripts/qemu-build.mjs --rebuilds');
    // bash with pipefail: a failing command before a pipe fails its step.
    expect((workflow as unknown as { defaults?: { run?: { shell?: string } } }).defaults?.run?.shell).toBe('bash');
    const runs = workflow.jobs.update.steps.map((step) => step.run ?? '');
    // The bundle after the suite: it carries the manifest with the gate the suite applied.
    const order = [
      'node scripts/debian-qemu.mjs --out assets --retries',
      'node scripts/qemu-build.mjs --rebuilds',
      'bench/qualify.mjs --quick --apply',
      'npm run -s bundle',
      'gh release upload "$tag"',
      'git add src/choices/qemu-manifest.json dist bench/RESULTS.md README.md',
      'gh pr create',
    ].map((text) => runs.findIndex((run) => run.includes(text)));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("rebuilds this project's builds from each newer Debian source of the line they were made from", async () => {
    const { rebuildsFor, succeededDefaults } = (await import('../scripts/qemu-build.mjs' as string)) as {
      rebuildsFor: (manifest: QemuManifest) => Promise<{ suite: string; archive: string; version: string }[]>;
      succeededDefaults: (manifest: QemuManifest, build: QemuRelease) => Promise<Record<string, string>>;
    };
    const { QEMU_MANIFEST } = await import('../src/choices/releases.js');
    const build = QEMU_MANIFEST.builds![0]!;
    const from = QEMU_MANIFEST.releases.find((release) => release.id === build.patched!.from)!;
    // The committed manifest: every line our builds follow has its build.
    expect(await rebuildsFor(QEMU_MANIFEST)).toEqual([]);
    // Debian's security update of the same line, packed into the manifest: rebuilt from its source.
    const security = {
      ...from,
      id: '10.0.14+ds-0+deb13u1',
      debianVersion: '1:10.0.14+ds-0+deb13u1',
      suite: `${from.suite}-security`,
      archive: 'debian-security',
    };
    // Newer releases of other lines (backports, Debian 12) are no build's.
    const backports = {
      ...from,
      id: '11.1.4+ds-1~bpo13+1',
      debianVersion: '1:11.1.4+ds-1~bpo13+1',
      suite: `${from.suite}-backports`,
    };
    const bookworm = { ...from, id: '7.2+dfsg-7+deb12u19', debianVersion: '1:7.2+dfsg-7+deb12u19', suite: 'bookworm' };
    const updated = { ...QEMU_MANIFEST, releases: [security, backports, bookworm, ...QEMU_MANIFEST.releases] };
    expect(await rebuildsFor(updated)).toEqual([
      { suite: `${from.suite}-security`, archive: 'debian-security', version: '1:10.0.14+ds-0+deb13u1' },
    ]);
    // Once built, nothing more; and a CPU whose default was the older build takes the new one.
    const rebuilt = {
      ...build,
      id: `${security.id}+setup-binfmt.x`,
      debianVersion: security.debianVersion,
      patched: { ...build.patched!, from: security.id },
    };
    const done = { ...updated, builds: [...QEMU_MANIFEST.builds!, rebuilt] };
    expect(await rebuildsFor(done)).toEqual([]);
    expect((await succeededDefaults(done, rebuilt)).riscv64).toBe(rebuilt.id);
    expect(await succeededDefaults(done, build)).toEqual(QEMU_MANIFEST.defaults);
    // Other patches are another choice: the suite's, not a successor's.
    const other = { ...rebuilt, patched: { ...rebuilt.patched, patches: [] } };
    expect((await succeededDefaults({ ...done, builds: [build, other] }, other)).riscv64).toBe(build.id);
    expect(await rebuildsFor({ ...updated, builds: [] })).toEqual([]);
  });

  it.each(files)('%s parses without errors', (name) => {
    expect(workflowErrors(name, readFileSync(join(WORKFLOWS, name), 'utf8'))).toEqual([]);
  });

  it.each(files)('%s pins every action it uses by commit SHA', (name) => {
    const uses = [...readFileSync(join(WORKFLOWS, name), 'utf8').matchAll(/uses:\s*(\S+)/g)].map((match) => match[1]!);
    for (const ref of uses.filter((ref) => !ref.startsWith('./')))
      expect(ref).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
  });

  it('would catch a typo', () => {
    const broken = readFileSync(join(WORKFLOWS, 'ci.yml'), 'utf8').replace('runs-on:', 'run-on:');
    expect(workflowErrors('ci.yml', broken).length).toBeGreaterThan(0);
  });
});

describe("the README's workflow examples", () => {
  const blocks = [...readFileSync('README.md', 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!);
  const indent = (text: string, spaces: number) => text.replace(/^(?=.)/gm, ' '.repeat(spaces));
  /** A whole workflow around an example: a list of steps, a `steps:` block, or `jobs:`. */
  const asWorkflow = (block: string) => {
    if (block.startsWith('jobs:')) return `on: push\n${block}`;
    const steps = block.startsWith('steps:') ? block.replace(/^steps:\n/, '').replace(/^ {2}/gm, '') : block;
    return `on: push\njobs:\n  example:\n    runs-on: ubuntu-latest\n    steps:\n${indent(steps, 6)}`;
  };

  it('has examples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
  });

  it.each(blocks.map((block, i) => [i + 1, block] as const))('example %i parses as a workflow', (_, block) => {
    expect(workflowErrors('example.yml', asWorkflow(block))).toEqual([]);
  });
});

describe('action.yml', () => {
  const content = readFileSync('action.yml', 'utf8');

  it('parses without errors', () => {
    const result = parseAction({ name: 'action.yml', content }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((error) => error.message)).toEqual([]);
  });

  it('has a description the Marketplace takes (under 125 characters) and one-line input descriptions', () => {
    const action = parse(content) as { description: string; inputs: Record<string, { description: string }> };
    expect(action.description.length).toBeLessThan(125);
    for (const [name, input] of Object.entries(action.inputs)) {
      expect([name, input.description.includes('\n'), input.description.length <= 140]).toEqual([name, false, true]);
    }
  });

  it('runs on node24 with a post step that runs after failures too', () => {
    expect(parse(content).runs).toEqual({
      using: 'node24',
      main: 'dist/index.js',
      post: 'dist/index.js',
      'post-if': 'always()',
    });
  });

  it('publishes exactly the outputs action.yml lists', async () => {
    const { outputsOf } = await import('../src/report.js');
    const { reportWith } = await import('../__fixtures__/report.js');
    const published = outputsOf(reportWith());
    expect(Object.keys(published).sort()).toEqual(
      Object.keys(parse(readFileSync('action.yml', 'utf8')).outputs).sort(),
    );
  });

  it('declares every input the code reads, and nothing else', async () => {
    const { DEFAULTS } = await import('../src/inputs.js');
    expect(Object.keys(parse(content).inputs).sort()).toEqual(Object.keys(DEFAULTS).sort());
    for (const [name, input] of Object.entries(parse(content).inputs as Record<string, { default: string }>)) {
      expect([name, input.default]).toEqual([name, DEFAULTS[name as keyof typeof DEFAULTS]]);
    }
  });
});

describe('dependabot', () => {
  it('updates npm packages and actions', () => {
    const config = parse(readFileSync('.github/dependabot.yml', 'utf8')) as {
      updates: { 'package-ecosystem': string }[];
    };
    expect(config.updates.map((update) => update['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
  });
});
