// The CLI's first module: `fitscore --version` answers from here, before the rest of the CLI (commander, zod,
// the knowledge base) is loaded; every other command loads it.
import { VERSION } from '../version';
import type { Io } from './io';

export { nodeIo } from './io';

export async function main(argv: readonly string[], io: Io): Promise<number> {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  // A PDF is read in a thread of its own: started now, pdf.js loads there while the rest of the CLI loads here.
  if (argv.some((arg) => /\.pdf$/i.test(arg))) {
    const { startPdfThread } = await import('../read/pdf-thread');
    startPdfThread();
  }
  const cli = await import('./main');
  return cli.main(argv, io);
}
