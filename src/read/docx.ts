// Word .docx → text with mammoth (loaded only when a .docx is read): it reads the document's paragraphs
// as Word lays them out, which a hand-written unzip-and-strip-XML would get wrong (fields, tabs, lists).
import { createRequire } from 'node:module';
import { FitscoreError } from '../errors';

export async function readDocx(bytes: Uint8Array, where: string): Promise<string> {
  // mammoth is CommonJS: required, it loads the same from source, the ESM library and the CommonJS CLI.
  const mammoth = createRequire(import.meta.url)('mammoth') as typeof import('mammoth');
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    // mammoth separates paragraphs with a blank line; one line a paragraph reads like the résumé looks.
    return result.value.replace(/\n\n/g, '\n');
  } catch (error) {
    throw new FitscoreError('INPUT_UNREADABLE', `${where} is not a readable .docx file (damaged, or another format): open it in Word and save it again.`, {
      cause: error,
    });
  }
}
