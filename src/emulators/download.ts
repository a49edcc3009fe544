// HTTP downloads of emulators, packages and checksum files: retries with backoff on network errors
// and 5xx (never on 404), redirects followed here (relative ones resolved, http(s) only, never
// https to http), an idle timeout, a deadline over the whole request and a size cap per file, a progress
// line every few seconds on long transfers, proxies honoured (through @actions/http-client, loaded
// only when something is downloaded). Messages name the URL (without credentials) and the input.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { EmulatorError, messageOf, quoted } from '../support/errors.js';
import { hideCredentials } from '../support/secrets.js';
import { mib, sleep } from '../support/measures.js';

/** Variables that change the limits (for slow links, or larger files of a mirror of one's own). */
const MAX_DOWNLOAD_VARIABLE = 'SETUP_BINFMT_MAX_DOWNLOAD_MB';
const DEADLINE_VARIABLE = 'SETUP_BINFMT_DOWNLOAD_TIMEOUT';

export interface DownloadOptions {
  /** Attempts in all (the first one included). */
  readonly tries?: number;
  /** Delay before the second attempt; doubled for each further one. */
  readonly firstDelayMs?: number;
  /** A connection idle this long is abandoned (and retried). */
  readonly idleTimeoutMs?: number;
  /** The most a file may have (default 256 MiB, or $SETUP_BINFMT_MAX_DOWNLOAD_MB). */
  readonly maxBytes?: number;
  /** The most one file may take, all attempts together (default 600 s, or $SETUP_BINFMT_DOWNLOAD_TIMEOUT). */
  readonly deadlineMs?: number;
  /** The input the URL comes from, for messages (`source`, `checksums`). */
  readonly input?: string;
  /** Told how far a long transfer has come, every `progressEveryMs`. */
  readonly progress?: (message: string) => void;
  readonly progressEveryMs?: number;
}

interface DownloadResult {
  /** When the download had to be over (ms since the epoch): unpacking what came keeps to it too. */
  readonly deadline: number;
  readonly bytes: number;
  /** Of the bytes written, taken as they were written. */
  readonly sha256: string;
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

/** A positive number from the environment, or the fallback. */
function limitFrom(variable: string, fallback: number): number {
  const value = Number(process.env[variable] ?? '');
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

interface Attempt {
  readonly url: string;
  readonly destination: string;
  readonly idleTimeoutMs: number;
  readonly maxBytes: number;
  readonly deadline: number;
  /** The deadline as given, for messages. */
  readonly limitMs: number;
  readonly describe: (problem: string) => string;
  readonly progress?: (message: string) => void;
  readonly progressEveryMs: number;
}

type HttpClient = import('@actions/http-client').HttpClient;
type Response = Awaited<ReturnType<HttpClient['get']>>;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 10;

/** `work`, unless the deadline comes first: then the client's sockets are closed and it fails. */
function beforeDeadline<T>(job: Attempt, client: HttpClient, work: Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => {
        client.dispose();
        reject(new DownloadError(job.url, undefined, job.describe(tookTooLong(job))));
      },
      Math.max(0, job.deadline - Date.now()),
    );
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

const tookTooLong = (job: Attempt) => `it took longer than ${job.limitMs / 1000} s (${DEADLINE_VARIABLE})`;

/**
 * Where a redirect leads: its Location resolved against the URL that answered (relative ones
 * too); only http(s), never from https down to http.
 */
function redirectTarget(job: Attempt, from: string, response: Response): string {
  const status = response.message.statusCode ?? 0;
  const location = response.message.headers.location;
  const fail = (problem: string) => new DownloadError(job.url, status, job.describe(problem));
  if (!location) throw fail(`HTTP ${status} without a Location to follow`);
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    throw fail(`HTTP ${status} to ${quoted(hideCredentials(location), 100)}, which is not a URL`);
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    throw fail(
      `it redirects to a ${next.protocol} URL (${quoted(hideCredentials(next.href), 100)}); only http and https are followed`,
    );
  }
  if (new URL(from).protocol === 'https:' && next.protocol === 'http:') {
    throw fail(`it redirects from https to http (${quoted(hideCredentials(next.href), 100)}), which is refused`);
  }
  return next.href;
}

/** The response, if it is one to read: a final status is a DownloadError, a passing one retryable. */
async function request(job: Attempt, client: HttpClient): Promise<Response> {
  let url = job.url;
  let response: Response;
  for (let hops = 0; ; hops++) {
    try {
      response = await beforeDeadline(job, client, client.get(url));
    } catch (error) {
      if (error instanceof DownloadError) throw error;
      throw new RetryableFailure(messageOf(error));
    }
    if (!REDIRECTS.has(response.message.statusCode ?? 0)) break;
    response.message.resume();
    if (hops === MAX_REDIRECTS) {
      throw new DownloadError(
        job.url,
        response.message.statusCode,
        job.describe(`more than ${MAX_REDIRECTS} redirects`),
      );
    }
    url = redirectTarget(job, url, response);
  }
  const status = response.message.statusCode ?? 0;
  if (status !== 200) {
    response.message.resume();
    const text = `HTTP ${status}${response.message.statusMessage ? ` ${response.message.statusMessage}` : ''}`;
    if (status >= 500 || status === 408 || status === 429) throw new RetryableFailure(text);
    throw new DownloadError(job.url, status, job.describe(text));
  }
  const expected = Number(response.message.headers['content-length'] ?? NaN);
  if (expected > job.maxBytes) {
    response.message.destroy();
    const problem = `the file is ${mib(expected)}, more than the ${mib(job.maxBytes)} allowed (${MAX_DOWNLOAD_VARIABLE})`;
    throw new DownloadError(job.url, status, job.describe(problem));
  }
  return response;
}

/** Writes the body to the destination, hashing it, within the size cap and the deadline. */
async function receive(job: Attempt, response: Response): Promise<{ bytes: number; sha256: string }> {
  const expected = Number(response.message.headers['content-length'] ?? NaN);
  const started = Date.now();
  let bytes = 0;
  let final: DownloadError | undefined;
  const stop = (problem: string) => {
    final = new DownloadError(job.url, 200, job.describe(problem));
    response.message.destroy(final);
  };
  const timer = setTimeout(() => stop(tookTooLong(job)), Math.max(0, job.deadline - Date.now()));
  const ticker = setInterval(() => {
    const of = Number.isFinite(expected) ? ` of ${mib(expected)}` : '';
    const elapsed = Math.round((Date.now() - started) / 1000);
    job.progress?.(`${hideCredentials(job.url)}: ${mib(bytes)}${of} after ${elapsed} s`);
  }, job.progressEveryMs);
  const file = createWriteStream(job.destination);
  const hash = createHash('sha256');
  try {
    for await (const chunk of response.message as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      hash.update(chunk);
      if (bytes > job.maxBytes) {
        stop(`it sent more than the ${mib(job.maxBytes)} allowed (${MAX_DOWNLOAD_VARIABLE})`);
        break;
      }
      if (!file.write(chunk)) await new Promise<void>((resolve) => file.once('drain', () => resolve()));
    }
  } catch (error) {
    if (final) throw final;
    throw new RetryableFailure(`the transfer broke off after ${bytes} bytes (${messageOf(error)})`);
  } finally {
    clearTimeout(timer);
    clearInterval(ticker);
    await new Promise<void>((resolve) => file.end(() => resolve()));
  }
  if (final) throw final;
  if (Number.isFinite(expected) && bytes !== expected) {
    throw new RetryableFailure(`the connection closed after ${bytes} of ${expected} bytes`);
  }
  return { bytes, sha256: hash.digest('hex') };
}

async function attempt(job: Attempt): Promise<{ bytes: number; sha256: string }> {
  const { HttpClient } = await import('@actions/http-client');
  // Redirects are followed here (relative ones too, http(s) only); its own agent, so that the
  // deadline can close every socket it holds.
  const client = new HttpClient('setup-binfmt', [], {
    allowRetries: false,
    allowRedirects: false,
    keepAlive: true,
    socketTimeout: job.idleTimeoutMs,
  });
  try {
    return await receive(job, await request(job, client));
  } finally {
    client.dispose();
  }
}

/** The deadline of a download (or an unpack) that starts now, in ms since the epoch. */
export const deadlineFromNow = () => Date.now() + limitFrom(DEADLINE_VARIABLE, 600) * 1000;

/** Downloads `url` to `destination`, retrying what may pass; removes a partial file on failure. */
export async function downloadFile(
  url: string,
  destination: string,
  options: DownloadOptions = {},
): Promise<DownloadResult> {
  const tries = options.tries ?? 4;
  const firstDelay = options.firstDelayMs ?? 1000;
  const started = Date.now();
  const limitMs = options.deadlineMs ?? limitFrom(DEADLINE_VARIABLE, 600) * 1000;
  const deadline = started + limitMs;
  const from = options.input ? ` (input "${options.input}")` : '';
  const job: Attempt = {
    url,
    destination,
    idleTimeoutMs: options.idleTimeoutMs ?? 30000,
    maxBytes: options.maxBytes ?? limitFrom(MAX_DOWNLOAD_VARIABLE, 256) * 1048576,
    deadline,
    limitMs,
    describe: (problem) => `Downloading ${hideCredentials(url)}${from} failed: ${problem}.`,
    progressEveryMs: options.progressEveryMs ?? 5000,
    ...(options.progress ? { progress: options.progress } : {}),
  };
  const problems: string[] = [];
  for (let attemptNumber = 1; attemptNumber <= tries; attemptNumber++) {
    try {
      const { bytes, sha256 } = await attempt(job);
      return { deadline, bytes, sha256, milliseconds: Date.now() - started, attempts: attemptNumber };
    } catch (error) {
      await rm(destination, { force: true });
      if (!(error instanceof RetryableFailure)) throw error;
      problems.push(`try ${attemptNumber}: ${hideCredentials(error.message)}`);
      const delay = firstDelay * 2 ** (attemptNumber - 1);
      if (attemptNumber < tries && Date.now() + delay < deadline) await sleep(delay);
      else break;
    }
  }
  throw new DownloadError(
    url,
    undefined,
    `Downloading ${hideCredentials(url)}${from} failed ${problems.length} times (${problems.join('; ')}).`,
  );
}
