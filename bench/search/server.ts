/**
 * A static file server for the benchmark, on 127.0.0.1 only: gzip for text
 * (as a host would), Pagefind's own pre-compressed files as they are, and a
 * count of the bytes sent, so "bytes to first results" is what went over the
 * wire. The Lighthouse benchmark serves a whole built site with it, adding the
 * types a site has (images, fonts…) and a host's headers through `options`.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** A content type for an extension, and whether it goes out gzipped (text) or as stored (images are compressed already). */
export interface ServedType {
  readonly type: string;
  readonly gzip: boolean;
}

/** What the search benchmark does not need: without options, text files only, no extra headers. */
export interface ServeOptions {
  /** More types by extension (`.svg`), added to the text ones above. */
  readonly types?: Readonly<Record<string, ServedType>>;
  /** Headers sent with every file found, as a host reading a `_headers` file would. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** A running server and its byte counter. */
export interface BenchServer {
  readonly url: string;
  /** Bytes sent per path since the last `reset()`. */
  readonly sent: Map<string, number>;
  reset(): void;
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1:`port`; other files than the text types go out as `application/octet-stream` unless `options.types` names them. */
export async function serve(root: string, port: number, options: ServeOptions = {}): Promise<BenchServer> {
  const cache = new Map<string, { body: Buffer; gzip: boolean; type: string }>();
  const sent = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
      if (!file.startsWith(root)) {
        response.writeHead(403).end();
        return;
      }
      let entry = cache.get(file);
      if (!entry) {
        try {
          const raw = await readFile(file);
          const type = types[extname(file)];
          const extra = options.types?.[extname(file)];
          entry = type
            ? { body: gzipSync(raw), gzip: true, type }
            : extra
              ? { body: extra.gzip ? gzipSync(raw) : raw, gzip: extra.gzip, type: extra.type }
              : { body: raw, gzip: false, type: 'application/octet-stream' };
          cache.set(file, entry);
        } catch {
          response.writeHead(404).end();
          return;
        }
      }
      response.writeHead(200, {
        ...options.headers,
        'Content-Type': entry.type,
        'Content-Length': entry.body.length,
        'Cache-Control': 'no-store',
        ...(entry.gzip ? { 'Content-Encoding': 'gzip' } : {}),
      });
      response.end(entry.body);
      sent.set(path, (sent.get(path) ?? 0) + entry.body.length);
    })();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    sent,
    reset: () => sent.clear(),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
