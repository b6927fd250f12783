// What the CLI needs from the outside world; tests pass a fake, bin/ passes the real one.
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Stdin, read until its end or until more than `limit` bytes have come. */
  readStdin: (limit: number) => Promise<Uint8Array>;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colour by default). */
  isTTY: boolean;
  /** Whether stderr is a terminal (progress lines). */
  stderrIsTTY?: boolean;
  /** The clock, for the default --as-of only. */
  now: () => Date;
}

export function nodeIo(): Io {
  const write = (stream: NodeJS.WriteStream) => (text: string) => {
    stream.write(text);
  };
  // `fitscore … | head` closes the pipe early: that is not an error.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
  return {
    stdout: write(process.stdout),
    stderr: write(process.stderr),
    readStdin: async (limit) => {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of process.stdin) {
        chunks.push(chunk as Buffer);
        size += (chunk as Buffer).length;
        if (size > limit) break;
      }
      return Buffer.concat(chunks);
    },
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    now: () => new Date(),
  };
}
