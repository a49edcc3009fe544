// The action's main and post steps and the command line's argument handling, in this process: the
// runner's files in a temp directory, the stages replaced (their own tests run them for real).
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../src/report.js';
import { commandNames } from './helpers/commands.js';
import type { Settings } from '../src/settings.js';

const report: Report = {
  host: 'x86_64',
  platforms: ['linux/amd64', 'linux/arm64'],
  emulated: ['linux/arm64'],
  interpreters: { 'linux/arm64': '/cache/qemu-aarch64-static' },
  qemuVersion: '10.0.13+ds-0+deb13u1',
  cacheHit: false,
  emulators: {
    'linux/arm64': {
      path: '/cache/qemu-aarch64-static',
      version: '10.0.13+ds-0+deb13u1',
      sha256: 'a'.repeat(64),
      source: 'https://robot:s3cret@mirror.example/{cpu}.tar.gz',
    },
  },
  outcomes: [],
  notes: ['::error::a note from outside'],
} as unknown as Report;

const setupBinfmt = jest.fn(async (settings: Settings, console: { info(message: string): void }) => {
  console.info('qemu-aarch64: downloaded https://robot:s3cret@mirror.example/aarch64.tar.gz');
  console.info('the mirror said:\n::add-mask::x');
  return { report, changes: [], settings };
});
jest.unstable_mockModule('../src/uses/install.js', () => ({ setupBinfmt }));
const { run } = await import('../src/entries/main.js');
const { runPost } = await import('../src/entries/post.js');
const { main: cli } = await import('../src/entries/cli.js');

let work: string;
// @actions/core's summary keeps the first path it was given: one file for every test here.
const summaryFile = join(mkdtempSync(join(tmpdir(), 'summary-')), 'summary');
let stdout: string;
let stderr: string;
const environment = { ...process.env };

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'main-'));
  for (const name of ['output', 'state']) writeFileSync(join(work, name), '');
  writeFileSync(summaryFile, '');
  process.env = {
    ...environment,
    GITHUB_OUTPUT: join(work, 'output'),
    GITHUB_STATE: join(work, 'state'),
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_ENVIRONMENT: 'github-hosted',
  };
  stdout = stderr = '';
  jest
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  jest
    .spyOn(process.stderr, 'write')
    .mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  setupBinfmt.mockClear();
  process.exitCode = 0;
});
afterEach(() => {
  jest.restoreAllMocks();
  process.env = { ...environment };
  process.exitCode = 0;
  rmSync(work, { recursive: true, force: true });
});

const file = (name: string) => readFileSync(name === 'summary' ? summaryFile : join(work, name), 'utf8');
describe('the main step', () => {
  it('reads the inputs, runs the stages and writes outputs, state and summary', async () => {
    process.env.INPUT_PLATFORMS = 'arm64';
    process.env.INPUT_SOURCE = 'https://robot:s3cret@mirror.example/{cpu}.tar.gz';
    await run();
    expect(process.exitCode).toBe(0);
    const settings = setupBinfmt.mock.calls[0]![0];
    expect(settings.requests.map((request) => request.target.cpu)).toEqual(['aarch64']);
    expect(settings.flags).toBe('OCF');
    expect(file('output')).toMatch(/^platforms<<ghadelimiter_[^\n]+\nlinux\/amd64,linux\/arm64\n/);
    expect(file('output')).toContain('qemu-version<<');
    expect(file('state')).toMatch(/^isPost<<ghadelimiter_[^\n]+\ntrue\n/);
    expect(file('state')).toContain('cleanup<<');
    expect(file('summary')).toContain('<h3>setup-binfmt</h3>');
    expect(file('summary')).toContain('<li>::error::a note from outside</li>');
  });

  it('masks credentials first, and prints them nowhere: log, outputs, summary', async () => {
    process.env.INPUT_PLATFORMS = 'arm64';
    process.env.INPUT_SOURCE = 'https://robot:s3cret@mirror.example/{cpu}.tar.gz';
    await run();
    expect(stdout.indexOf('::add-mask::s3cret')).toBeGreaterThanOrEqual(0);
    expect(stdout.indexOf('::add-mask::')).toBeLessThan(stdout.indexOf('downloaded'));
    const shown = [stdout.replace(/^::add-mask::.*$/gm, ''), file('output'), file('summary')].join('\n');
    expect(shown).not.toContain('s3cret');
    expect(shown).toContain('https://***@mirror.example');
  });

  it('lets no outside text become a workflow command', async () => {
    process.env.INPUT_PLATFORMS = 'arm64';
    await run();
    expect(commandNames(stdout).filter((command) => command !== '::add-mask::')).toEqual([]);
    expect(stdout).toContain('\n::add-mask::x\n');
  });

  it('fails on a bad input with one error naming it, before any stage runs', async () => {
    process.env.INPUT_PLATFORMS = 'arm64';
    process.env.INPUT_FLAGS = 'CFX';
    await run();
    expect(process.exitCode).toBe(1);
    expect(setupBinfmt).not.toHaveBeenCalled();
    expect(stdout.match(/^::error::/gm)).toHaveLength(1);
    expect(stdout).toContain('::error::Input "flags": flag X unknown');
  });

  it('refuses platforms the runner passes empty (asked for), and defaults them when not passed', async () => {
    process.env.INPUT_PLATFORMS = '';
    await run();
    expect(stdout).toContain('::error::Input "platforms": it is empty');
    delete process.env.INPUT_PLATFORMS;
    stdout = '';
    process.exitCode = 0;
    await run();
    expect(process.exitCode).toBe(0);
    expect(setupBinfmt.mock.calls[0]![0].requests.length).toBeGreaterThan(10);
  });

  it('defaults the flags to F on self-hosted runners', async () => {
    process.env.RUNNER_ENVIRONMENT = 'self-hosted';
    process.env.INPUT_PLATFORMS = 'arm64';
    await run();
    expect(setupBinfmt.mock.calls[0]![0].flags).toBe('F');
  });
});

describe('the post step', () => {
  it('does nothing without saved state', async () => {
    await runPost();
    expect(process.exitCode).toBe(0);
    expect(stdout).toBe('');
  });

  it('refuses saved state it cannot trust, saying what is wrong', async () => {
    process.env.STATE_binfmt = JSON.stringify({ root: work, run: '0b0c7e0c-1d64-4b7e-a1a8-6f2c8e2b7f00', changes: [] });
    process.env.STATE_cleanup = 'true';
    await runPost();
    expect(process.exitCode).toBe(1);
    expect(stdout).toContain(`is not a mounted binfmt_misc. Nothing was changed.`);
  });
});

describe("the command line's arguments", () => {
  it('prints the package version', async () => {
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
    expect(await cli(['--version'])).toBe(0);
    expect(stdout).toBe(`${version}\n`);
  });

  it.each([
    [['bogus'], 'unknown command "bogus"'],
    [['install', '--flags', 'CFX'], 'Input "flags": flag X unknown'],
    [['install', '--state', '/tmp/a\nb'], 'Input "--state": "/tmp/a\\nb" holds a line break'],
    [['install', '--platforms', ''], 'Input "platforms": it is empty'],
    [['uninstall'], 'choose exactly one of --platforms, --all, --entries, --restore'],
    [['install', '--nope'], "Unknown option '--nope'"],
  ])('exits 2 on %j, saying why on stderr', async (argv, message) => {
    expect(await cli(argv)).toBe(2);
    expect(stderr).toContain(message);
    expect(stdout).toBe('');
  });
});

describe('off Linux', () => {
  const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
  afterEach(() => {
    Object.defineProperty(process, 'platform', platform);
  });
  const pretend = (name: string) => Object.defineProperty(process, 'platform', { ...platform, value: name });

  it('the main step fails first, naming the system and what is needed, and does nothing else', async () => {
    pretend('darwin');
    process.env.INPUT_PLATFORMS = 'arm64';
    await run();
    expect(setupBinfmt).not.toHaveBeenCalled();
    expect(process.exitCode).toBe(1);
    expect(stdout).toContain(
      "::error::setup-binfmt needs a Linux runner or machine (binfmt_misc and QEMU's user-mode emulation are Linux's), and this one is macOS (darwin): run the job on a Linux runner, such as ubuntu-latest.",
    );
    expect(file('state')).toBe('');
  });

  it('the command line fails first too, naming Windows; its help still answers', async () => {
    pretend('win32');
    expect(await cli(['install', '--platforms', 'arm64'])).toBe(1);
    expect(stderr).toContain('setup-binfmt install: setup-binfmt needs a Linux runner or machine');
    expect(stderr).toContain('this one is Windows (win32)');
    expect(setupBinfmt).not.toHaveBeenCalled();
    expect(await cli(['install', '--help'])).toBe(0);
  });

  it('the post step does nothing', async () => {
    pretend('darwin');
    process.env.STATE_binfmt = '{"root":"/proc/sys/fs/binfmt_misc","run":"x","changes":[]}';
    process.env.STATE_cleanup = 'true';
    await runPost();
    expect(stdout).toBe('');
    expect(process.exitCode).toBe(0);
  });
});
