// Downloads against a local server that misbehaves: no Content-Length and too much, a trickle,
// credentials in the URL, statuses that are final. In-process, with short limits.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Mirror } from '../__fixtures__/mirror.js';
import { DownloadError, downloadFile } from '../src/emulators/download.js';

let mirror: Mirror;
let work: string;

beforeAll(async () => {
  mirror = await Mirror.start();
  work = mkdtempSync(join(tmpdir(), 'download-'));
});
afterAll(async () => {
  await mirror.close();
  rmSync(work, { recursive: true, force: true });
});
beforeEach(() => mirror.reset());

const failure = async (promise: Promise<unknown>): Promise<DownloadError> => {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(DownloadError);
    return error as DownloadError;
  }
  throw new Error('expected the download to fail');
};

describe('downloadFile', () => {
  it('stops a response without Content-Length at the size cap, once, naming the URL and the input', async () => {
    mirror.serve('/big', Buffer.alloc(3 << 20, 1), { chunked: true });
    const error = await failure(
      downloadFile(`${mirror.url}/big`, join(work, 'big'), { maxBytes: 1 << 20, input: 'source', firstDelayMs: 1 }),
    );
    expect(error.message).toBe(
      `Downloading ${mirror.url}/big (input "source") failed: it sent more than the 1.0 MiB allowed (SETUP_BINFMT_MAX_DOWNLOAD_MB).`,
    );
    expect(mirror.requests).toEqual(['/big']);
  });

  it('refuses a file whose Content-Length is over the cap before taking any of it', async () => {
    mirror.serve('/big', Buffer.alloc(2 << 20, 1));
    const error = await failure(downloadFile(`${mirror.url}/big`, join(work, 'big'), { maxBytes: 1 << 20 }));
    expect(error.message).toContain('failed: the file is 2.0 MiB, more than the 1.0 MiB allowed');
  });

  it('gives up on a trickle at the deadline, saying how far it came meanwhile', async () => {
    mirror.serve('/slow', Buffer.alloc(1000, 1), { trickle: true, everyMs: 50 });
    const progress: string[] = [];
    const started = Date.now();
    const error = await failure(
      downloadFile(`${mirror.url}/slow`, join(work, 'slow'), {
        deadlineMs: 1500,
        progress: (message) => progress.push(message),
        progressEveryMs: 300,
      }),
    );
    expect(Date.now() - started).toBeLessThan(5000);
    expect(error.message).toBe(
      `Downloading ${mirror.url}/slow failed: it took longer than 1.5 s (SETUP_BINFMT_DOWNLOAD_TIMEOUT).`,
    );
    expect(progress.length).toBeGreaterThanOrEqual(3);
    expect(progress[0]).toMatch(new RegExp(`^${mirror.url}/slow: 0\\.0 MiB after \\d+ s$`));
  });

  it('names URL, status and input on a 403 or 404, tries once, and never shows credentials', async () => {
    mirror.serve('/secret', Buffer.from('x'), { status: 403 });
    const url = `${mirror.url.replace('//', '//user:s3cret-token@')}/secret`;
    const error = await failure(downloadFile(url, join(work, 'secret'), { input: 'checksums' }));
    expect(error.message).toBe(
      `Downloading ${mirror.url.replace('//', '//***@')}/secret (input "checksums") failed: HTTP 403 Forbidden.`,
    );
    expect(error.status).toBe(403);
    expect(mirror.requests).toEqual(['/secret']);
  });
});
