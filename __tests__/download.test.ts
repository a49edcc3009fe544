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

  it('follows a relative Location against the URL that answered, and absolute ones', async () => {
    mirror.serve('/files/emulator', Buffer.from('the emulator'));
    mirror.misbehave('/old/emulator', { redirect: '../files/emulator', code: 301 });
    mirror.misbehave('/moved', { redirect: '/old/emulator' });
    mirror.misbehave('/elsewhere', { redirect: `${mirror.url}/moved`, code: 307 });
    const result = await downloadFile(`${mirror.url}/elsewhere`, join(work, 'followed'));
    expect(result.bytes).toBe(12);
    expect(mirror.requests).toEqual(['/elsewhere', '/moved', '/old/emulator', '/files/emulator']);
  });

  it.each([
    ['file:///etc/shadow', 'it redirects to a file: URL ("file:///etc/shadow"); only http and https are followed'],
    ['ftp://127.0.0.1/x', 'it redirects to a ftp: URL ("ftp://127.0.0.1/x"); only http and https are followed'],
    ['http://[bad', 'HTTP 302 to "http://[bad", which is not a URL'],
  ])('refuses a redirect to %s, once, with a clear error', async (location, problem) => {
    mirror.misbehave('/redirect', { redirect: location });
    const error = await failure(downloadFile(`${mirror.url}/redirect`, join(work, 'r'), { input: 'source' }));
    expect(error.message).toBe(`Downloading ${mirror.url}/redirect (input "source") failed: ${problem}.`);
    expect(mirror.requests).toEqual(['/redirect']);
  });

  it('stops following a loop of redirects', async () => {
    mirror.misbehave('/loop', { redirect: '/loop' });
    const error = await failure(downloadFile(`${mirror.url}/loop`, join(work, 'loop')));
    expect(error.message).toContain('failed: more than 10 redirects.');
    expect(mirror.requests).toHaveLength(11);
  });

  it('cuts a server that trickles its headers at the deadline, which covers the whole request', async () => {
    mirror.misbehave('/slow-headers', { slowHeaders: true, everyMs: 100 });
    const started = Date.now();
    const error = await failure(
      downloadFile(`${mirror.url}/slow-headers`, join(work, 'slow-headers'), {
        deadlineMs: 1000,
        idleTimeoutMs: 30000,
      }),
    );
    expect(Date.now() - started).toBeLessThan(3000);
    expect(error.message).toBe(
      `Downloading ${mirror.url}/slow-headers failed: it took longer than 1 s (SETUP_BINFMT_DOWNLOAD_TIMEOUT).`,
    );
  });
});
