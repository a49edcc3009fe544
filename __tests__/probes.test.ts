import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { PROBE_PROGRAMS } from '../src/probe/programs.js';

// Re-assembles every probe from probe/asm/*.S with Debian's cross binutils and compares the bytes
// with the committed table. CI installs the binutils; elsewhere a missing one skips, loudly.
function assemblersMissing(): string[] {
  const script =
    "import('./probe/asm/build.mjs').then(m => console.log(JSON.stringify(Object.values(m.ASSEMBLERS).filter(a => a.prefix).map(a => a.prefix + 'as'))))";
  const tools = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as string[];
  return tools.filter((tool) => {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
}

describe('probe programs', () => {
  const missing = assemblersMissing();
  if (missing.length > 0 && process.env.CI)
    throw new Error(`CI must install the cross binutils; missing: ${missing.join(', ')}`);
  const run = missing.length === 0 ? it : it.skip;
  if (missing.length > 0) console.warn(`Skipping re-assembly: missing ${missing.join(', ')}`);

  run('re-assemble byte for byte from probe/asm/*.S', () => {
    const built = JSON.parse(
      execFileSync(process.execPath, ['probe/asm/build.mjs', '--json'], { encoding: 'utf8' }),
    ) as Record<string, unknown>;
    expect(built).toEqual(PROBE_PROGRAMS);
  });
});
