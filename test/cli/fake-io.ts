import type { Io } from '../../src/cli/io';

/** An Io that records what the CLI writes; stdin holds the given text. */
export function fakeIo(options: { stdin?: string | Uint8Array; env?: Record<string, string>; isTTY?: boolean } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readStdin: async () => (typeof options.stdin === 'string' ? new TextEncoder().encode(options.stdin) : (options.stdin ?? new Uint8Array(4096).fill(97))),
    env: options.env ?? {},
    isTTY: options.isTTY ?? false,
    now: () => new Date(Date.UTC(2026, 10, 15)),
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}
