/**
 * The CMS's local proxy (decap-server) must never be reachable from another
 * machine: `npm start` binds it to 127.0.0.1. This starts it exactly as the
 * start script does and checks where it listens.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { connect } from 'node:net';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { e2ePort as e2ePortOf } from '../support/ports';
import { repoRoot } from '../support/temp-site';

/** The environment assignments the start script gives decap-server (`BIND_HOST=… PORT=…`). */
function startScriptProxyEnv(): Record<string, string> {
  const scripts = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const start = scripts['start'] ?? '';
  const command = /"([^"]*decap-server[^"]*)"/.exec(start)?.[1] ?? /([A-Z_]+=\S+\s+)+decap-server/.exec(start)?.[0] ?? '';
  return Object.fromEntries([...command.matchAll(/([A-Z_]+)=(\S+)/g)].map((match) => [match[1] ?? '', match[2] ?? '']));
}

/** Local addresses (hex, as in /proc/net/tcp) listening on `port`. */
function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((file) => {
    try {
      return readFileSync(file, 'utf8')
        .split('\n')
        .slice(1)
        .map((line) => line.trim().split(/\s+/))
        .filter((fields) => fields[1]?.endsWith(`:${hexPort}`) && fields[3] === '0A')
        .map((fields) => fields[1]?.split(':')[0] ?? '');
    } catch {
      return [];
    }
  });
}

/** True when a TCP connection to host:port succeeds. */
function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 1_000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

test('npm start binds the CMS proxy to 127.0.0.1 only', async () => {
  const env = startScriptProxyEnv();
  expect(env['BIND_HOST']).toBe('127.0.0.1');
  const port = e2ePortOf('startProxy');
  const proxy = spawn(join(repoRoot, 'node_modules', '.bin', 'decap-server'), [], {
    cwd: repoRoot,
    env: { ...process.env, BIND_HOST: env['BIND_HOST'], PORT: String(port), LOG_LEVEL: 'error' },
  });
  try {
    await expect.poll(() => canConnect('127.0.0.1', port), { timeout: 15_000 }).toBe(true);
    // Listening on 127.0.0.1 (0100007F), never on every address (00000000).
    const addresses = listeningAddresses(port);
    expect(addresses).toContain('0100007F');
    expect(addresses).not.toContain('00000000');
    expect(addresses.filter((address) => /^0+$/.test(address))).toEqual([]);
    const external = Object.values(networkInterfaces())
      .flat()
      .filter((address) => address && address.family === 'IPv4' && !address.internal)
      .map((address) => address?.address ?? '');
    for (const address of external) expect(await canConnect(address, port), address).toBe(false);
  } finally {
    proxy.kill();
  }
});
