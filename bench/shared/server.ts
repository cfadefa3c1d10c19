/**
 * A static file server for the benchmarks, on 127.0.0.1 only: gzip for text,
 * as a host would, images and fonts as stored, optional headers (a host's
 * `_headers`), and a count of the bytes sent per path, so "bytes to first
 * results" is what went over the wire.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Text goes out gzipped, with its charset; images and fonts, compressed already, as stored. */
const text = (type: string) => ({ type: `${type}; charset=utf-8`, gzip: true });
const stored = (type: string) => ({ type, gzip: false });

/** Content type by extension. */
const types: Readonly<Record<string, { type: string; gzip: boolean }>> = {
  '.html': text('text/html'), '.js': text('text/javascript'), '.json': text('application/json'), '.css': text('text/css'),
  '.xml': text('application/xml'), '.txt': text('text/plain'), '.ics': text('text/calendar'),
  '.svg': { type: 'image/svg+xml', gzip: true }, '.webmanifest': { type: 'application/manifest+json', gzip: true }, '.wasm': { type: 'application/wasm', gzip: true },
  '.avif': stored('image/avif'), '.webp': stored('image/webp'), '.jpg': stored('image/jpeg'), '.png': stored('image/png'), '.ico': stored('image/x-icon'), '.woff2': stored('font/woff2'),
};

/** A running server and its byte counter. */
export interface BenchServer {
  readonly url: string;
  /** Bytes sent per path since the last `reset()`. */
  readonly sent: Map<string, number>;
  reset(): void;
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1:`port`, with `headers` on every file found; unknown types go out as `application/octet-stream`. */
export async function serve(root: string, port: number, headers: Readonly<Record<string, string>> = {}): Promise<BenchServer> {
  const cache = new Map<string, { body: Buffer; gzip: boolean; type: string }>();
  const sent = new Map<string, number>();
  const server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
      if (!file.startsWith(root)) return void response.writeHead(403).end();
      let entry = cache.get(file);
      if (!entry) {
        const raw = await readFile(file).catch(() => undefined);
        if (!raw) return void response.writeHead(404).end();
        const { type, gzip } = types[extname(file)] ?? { type: 'application/octet-stream', gzip: false };
        entry = { body: gzip ? gzipSync(raw) : raw, gzip, type };
        cache.set(file, entry);
      }
      response.writeHead(200, { ...headers, 'Content-Type': entry.type, 'Content-Length': entry.body.length, 'Cache-Control': 'no-store', ...(entry.gzip ? { 'Content-Encoding': 'gzip' } : {}) });
      response.end(entry.body);
      sent.set(path, (sent.get(path) ?? 0) + entry.body.length);
    })();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, sent, reset: () => sent.clear(), close: () => new Promise((resolve) => server.close(() => resolve())) };
}
