// A local HTTP mirror on 127.0.0.1 for the download tests: serves files the tests build, records
// every request, and misbehaves on demand (status codes, failures before success, early close).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Behaviour =
  /** Answer with this status (no body). */
  | { readonly status: number }
  /** Answer `status` for the first `times` requests, then serve the file. */
  | { readonly failFirst: number; readonly status: number }
  /** Promise the whole file in Content-Length, send half, then close the connection. */
  | { readonly breakOff: true }
  /** Send the file without a Content-Length (chunked), as fast as it goes. */
  | { readonly chunked: true }
  /** Send the file without a Content-Length, one byte every `everyMs` (stops when the client leaves). */
  | { readonly trickle: true; readonly everyMs: number }
  /** Answer 302 (or `code`) with this Location, as given (relative, another scheme, …). */
  | { readonly redirect: string; readonly code?: number }
  /** Send the status line, then a header line every `everyMs`, never ending the headers. */
  | { readonly slowHeaders: true; readonly everyMs: number };

export class Mirror {
  readonly requests: string[] = [];
  private readonly files = new Map<string, Buffer>();
  private readonly behaviours = new Map<string, Behaviour>();
  private readonly server: Server;

  private constructor() {
    this.server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://mirror').pathname;
      this.requests.push(path);
      const behaviour = this.behaviours.get(path);
      const file = this.files.get(path);
      if (behaviour && 'redirect' in behaviour) {
        response.writeHead(behaviour.code ?? 302, { location: behaviour.redirect }).end();
        return;
      }
      if (behaviour && 'slowHeaders' in behaviour) {
        const socket = request.socket;
        socket.write('HTTP/1.1 200 OK\r\n');
        const timer = setInterval(() => socket.write(`X-Slow: ${Date.now()}\r\n`), behaviour.everyMs);
        socket.on('close', () => clearInterval(timer));
        return;
      }
      if (behaviour && 'status' in behaviour && !('failFirst' in behaviour)) {
        response.writeHead(behaviour.status).end();
        return;
      }
      if (
        behaviour &&
        'failFirst' in behaviour &&
        this.requests.filter((seen) => seen === path).length <= behaviour.failFirst
      ) {
        response.writeHead(behaviour.status).end();
        return;
      }
      if (!file) {
        response.writeHead(404).end();
        return;
      }
      if (behaviour && ('chunked' in behaviour || 'trickle' in behaviour)) {
        response.writeHead(200, { 'content-type': 'application/octet-stream' });
        if ('chunked' in behaviour) {
          for (let at = 0; at < file.length; at += 65536) response.write(file.subarray(at, at + 65536));
          response.end();
          return;
        }
        let at = 0;
        const timer = setInterval(() => {
          if (at >= file.length || response.destroyed) {
            clearInterval(timer);
            response.end();
            return;
          }
          response.write(file.subarray(at, ++at));
        }, behaviour.everyMs);
        response.on('close', () => clearInterval(timer));
        return;
      }
      response.writeHead(200, { 'content-length': file.length, 'content-type': 'application/octet-stream' });
      if (behaviour && 'breakOff' in behaviour) {
        response.write(file.subarray(0, file.length >> 1), () => response.socket?.destroy());
        return;
      }
      response.end(file);
    });
  }

  static async start(): Promise<Mirror> {
    const mirror = new Mirror();
    await new Promise<void>((resolve) => mirror.server.listen(0, '127.0.0.1', resolve));
    return mirror;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  serve(path: string, content: Buffer, behaviour?: Behaviour): void {
    this.files.set(path, content);
    if (behaviour) this.behaviours.set(path, behaviour);
    else this.behaviours.delete(path);
  }

  misbehave(path: string, behaviour: Behaviour): void {
    this.behaviours.set(path, behaviour);
  }

  reset(): void {
    this.requests.length = 0;
    this.files.clear();
    this.behaviours.clear();
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
