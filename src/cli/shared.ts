// What the commands share: default as-of month, reading options, weights files, scoring one pair.
import { readFile } from 'node:fs/promises';
import { analyze, preparePosting, type Document } from '../analyze';
import type { Knowledge } from '../knowledge/index';
import { userKnowledge } from '../knowledge/skills-user';
import { FitscoreError, type ErrorCode } from '../errors';
import { DEFAULT_MAX_MB, readDocument } from '../read/document';
import { Weights, type Report, type WeightsInput } from '../schema';
import type { Io } from './io';
import { describeIssue } from './options';

export const defaultAsOf = (io: Io): string => {
  const now = io.now();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
};

export interface ReadSettings {
  maxSize?: number;
  password?: string;
}

export const readOptions = (io: Io, role: string, options: ReadSettings) => ({
  role,
  maxBytes: Math.round((options.maxSize ?? DEFAULT_MAX_MB) * 1048576),
  readStdin: io.readStdin,
  ...(options.password !== undefined ? { password: options.password } : {}),
});

/** A JSON file the user names (weights, skills, a report): a missing file or bad JSON is one clear line. */
export async function readJsonFile(path: string, what: string, code: ErrorCode = 'INVALID_CONFIG', hint = ''): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const problem = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : 'is not valid JSON';
    throw new FitscoreError(code, `${what} '${path}' ${problem}${hint}.`, { cause: error });
  }
}

export async function readWeights(path: string): Promise<WeightsInput> {
  const raw = await readJsonFile(path, 'weights file');
  const result = Weights.safeParse(raw);
  if (!result.success) throw new FitscoreError('INVALID_CONFIG', `weights file '${path}': ${describeIssue(result.error.issues[0]!)}.`);
  return raw as WeightsInput;
}

/** A --skills file: skills, spellings and guards added to the built-in knowledge base. */
export async function readSkills(path: string): Promise<Knowledge> {
  return userKnowledge(await readJsonFile(path, 'skills file'), path);
}

export type PairSettings = ReadSettings & { asOf: string; weights?: WeightsInput; knowledge?: Knowledge };

/** Reads a posting and a résumé (paths as typed, or "-") and scores them. */
export async function scorePair(postingPath: string, resumePath: string, settings: PairSettings, io: Io): Promise<Report> {
  return scoreRead(await readPair(postingPath, resumePath, settings, io), settings);
}

export interface ReadPair {
  posting: Document;
  resume: Document;
}

/** Reads a posting and a résumé; a PDF résumé is read in its own thread while the posting is extracted. */
export async function readPair(postingPath: string, resumePath: string, settings: PairSettings, io: Io): Promise<ReadPair> {
  if (postingPath === '-' && resumePath === '-') throw new FitscoreError('INVALID_OPTION', 'only one of posting and résumé can be read from stdin (-).');
  const posting = await readDocument(postingPath, readOptions(io, 'posting', settings));
  const whileWaiting = () => preparePosting(posting.text, settings.knowledge);
  const resume = await readDocument(resumePath, { ...readOptions(io, 'résumé', settings), whileWaiting });
  return {
    posting: { text: posting.text, source: postingPath, warnings: posting.warnings },
    resume: { text: resume.text, source: resumePath, warnings: resume.warnings },
  };
}

export const scoreRead = (pair: ReadPair, settings: PairSettings): Report =>
  analyze(pair, {
    asOf: settings.asOf,
    ...(settings.weights ? { weights: settings.weights } : {}),
    ...(settings.knowledge ? { knowledge: settings.knowledge } : {}),
  });

/** Colour only for a terminal, unless NO_COLOR or FORCE_COLOR say otherwise, or --no-color. */
export const useColor = (io: Io, flag: boolean | undefined): boolean =>
  flag !== false && !io.env.NO_COLOR && (io.env.FORCE_COLOR ? io.env.FORCE_COLOR !== '0' : io.isTTY);
