// The runner protocol as the log sees it: outside text never becomes a workflow command, and
// credentials in URLs never reach the log, the outputs or the summary.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as runner from '../src/runner.js';

let written: string;
let work: string;
const saved = { ...process.env };

beforeEach(() => {
  written = '';
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written += String(chunk);
    return true;
  });
  work = mkdtempSync(join(tmpdir(), 'runner-'));
});
afterEach(() => {
  jest.restoreAllMocks();
  process.env = { ...saved };
  rmSync(work, { recursive: true, force: true });
});

/** The lines the runner would take as commands, outside stop-commands sections. */
function commands(log: string): string[] {
  const found: string[] = [];
  let stopped: string | undefined;
  for (const line of log.split('\n')) {
    const trimmed = line.trim();
    if (stopped) {
      if (trimmed === `::${stopped}::`) stopped = undefined;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(trimmed);
    if (stop) stopped = stop[1];
    else if (trimmed.startsWith('::')) found.push(trimmed);
  }
  return found;
}

describe('the log', () => {
  it('keeps a line of outside text that starts with :: from being read as a command, and prints it', () => {
    runner.info('the mirror said:\n::error::injected\n  ::add-mask::x');
    expect(commands(written)).toEqual([]);
    expect(written).toContain('\n::error::injected\n');
  });

  it('writes plain messages as they are', () => {
    runner.info('qemu-aarch64: registered');
    expect(written).toBe('qemu-aarch64: registered\n');
  });

  it('keeps warnings and errors on one line each', () => {
    runner.warning('a\n::error::b');
    runner.setFailed('c\r\n::add-mask::d');
    process.exitCode = 0;
    expect(written.split('\n').filter((line) => line !== '')).toEqual([
      '::warning::a%0A::error::b',
      '::error::c%0D%0A::add-mask::d',
    ]);
  });

  it('masks credentials in URLs, and never prints them in the log, the outputs or the summary', () => {
    process.env.GITHUB_OUTPUT = join(work, 'output');
    process.env.GITHUB_STEP_SUMMARY = join(work, 'summary');
    writeFileSync(process.env.GITHUB_OUTPUT, '');
    const url = 'https://user:s3cret@mirror.example/{cpu}.tar.gz';
    runner.maskCredentials(url);
    expect(written).toContain('::add-mask::user:s3cret\n');
    expect(written).toContain('::add-mask::s3cret\n');
    written = '';
    runner.info(`downloaded ${url}`);
    runner.warning(`slow: ${url}`);
    runner.setOutput('emulators', JSON.stringify({ source: url }));
    runner.appendSummary('x', [['source'], [url]], []);
    process.exitCode = 0;
    const everything =
      written + readFileSync(join(work, 'output'), 'utf8') + readFileSync(join(work, 'summary'), 'utf8');
    expect(everything).not.toContain('s3cret');
    expect(everything).toContain('https://***@mirror.example/{cpu}.tar.gz');
  });
});
