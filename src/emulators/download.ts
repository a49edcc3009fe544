// HTTP downloads of emulators and checksum files: retries with backoff on network errors and 5xx
// (never on 404), an idle timeout, proxies honoured (through @actions/http-client, loaded only
// when something is downloaded).
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { EmulatorError, messageOf } from '../errors.js';

export interface DownloadOptions {
  /** Attempts in all (the first one included). */
  readonly tries?: number;
  /** Delay before the second attempt; doubled for each further one. */
  readonly firstDelayMs?: number;
  /** A connection idle this long is abandoned (and retried). */
  readonly idleTimeoutMs?: number;
}

export interface DownloadResult {
  readonly bytes: number;
  readonly milliseconds: number;
  readonly attempts: number;
}

/** A download that failed for good; `status` is the HTTP status when the server answered. */
export class DownloadError extends EmulatorError {
  constructor(
    readonly url: string,
    readonly status: number | undefined,
    message: string,
  ) {
    super(message);
  }
}

class RetryableFailure extends Error {}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function attempt(url: string, destination: string, idleTimeoutMs: number): Promise<number> {
  const { HttpClient } = await import('@actions/http-client');
  const client = new HttpClient('setup-binfmt', [], { allowRetries: false, socketTimeout: idleTimeoutMs });
  try {
    let response;
    try {
      response = await client.get(url);
    } catch (error) {
      throw new RetryableFailure(messageOf(error));
    }
    const status = response.message.statusCode ?? 0;
    if (status !== 200) {
      response.message.resume();
      const text = `HTTP ${status}${response.message.statusMessage ? ` ${response.message.statusMessage}` : ''}`;
      if (status >= 500 || status === 408 || status === 429) throw new RetryableFailure(text);
      throw new DownloadError(url, status, text);
    }
    const expected = Number(response.message.headers['content-length'] ?? NaN);
    let bytes = 0;
    response.message.on('data', (chunk: Buffer) => (bytes += chunk.length));
    try {
      await pipeline(response.message, createWriteStream(destination));
    } catch (error) {
      throw new RetryableFailure(`the transfer broke off after ${bytes} bytes (${messageOf(error)})`);
    }
    if (Number.isFinite(expected) && bytes !== expected) {
      throw new RetryableFailure(`the connection closed after ${bytes} of ${expected} bytes`);
    }
    return bytes;
  } finally {
    client.dispose();
  }
}

/** Downloads `url` to `destination`, retrying what may pass; removes a partial file on failure. */
export async function downloadFile(
  url: string,
  destination: string,
  options: DownloadOptions = {},
): Promise<DownloadResult> {
  const tries = options.tries ?? 4;
  const firstDelay = options.firstDelayMs ?? 1000;
  const started = Date.now();
  const problems: string[] = [];
  for (let attemptNumber = 1; attemptNumber <= tries; attemptNumber++) {
    try {
      const bytes = await attempt(url, destination, options.idleTimeoutMs ?? 30000);
      return { bytes, milliseconds: Date.now() - started, attempts: attemptNumber };
    } catch (error) {
      await rm(destination, { force: true });
      if (!(error instanceof RetryableFailure)) throw error;
      problems.push(`try ${attemptNumber}: ${error.message}`);
      if (attemptNumber < tries) await sleep(firstDelay * 2 ** (attemptNumber - 1));
    }
  }
  throw new DownloadError(url, undefined, `Downloading ${url} failed ${tries} times (${problems.join('; ')}).`);
}
