// `fitscore diff old.json new.json`: what changed between two JSON reports.
import type { Command } from 'commander';
import { FitscoreError } from '../errors';
import { diffReports, renderDiff } from '../report-diff';
import { Report } from '../schema';
import type { Io } from './io';
import { describeIssue } from './options';
import { readJsonFile } from './shared';

export async function readReport(path: string): Promise<Report> {
  const raw = await readJsonFile(path, 'report', 'INPUT_UNREADABLE', ': give a file written by fitscore --json');
  const result = Report.safeParse(raw);
  if (!result.success) throw new FitscoreError('INVALID_CONFIG', `report '${path}' is not a fitscore JSON report: ${describeIssue(result.error.issues[0]!)}.`);
  return result.data;
}

export function registerDiff(program: Command, io: Io, setCode: (code: number) => void): void {
  program
    .command('diff')
    .description('what changed between two JSON reports (two revisions of a résumé)')
    .argument('<old>', 'the earlier report (fitscore … --json > old.json)')
    .argument('<new>', 'the later report')
    .option('--json', 'print the changes as JSON')
    .option('-f, --format <format>', 'text or markdown', 'text')
    .addHelpText('after', '\nExample:\n  $ fitscore diff before.json after.json --format markdown >> "$GITHUB_STEP_SUMMARY"')
    .action(async (oldPath: string, newPath: string, options: { json?: boolean; format?: string }) => {
      const diff = diffReports(await readReport(oldPath), await readReport(newPath));
      io.stdout(options.json ? `${JSON.stringify(diff, null, 2)}\n` : renderDiff(diff, options.format === 'markdown' ? 'markdown' : 'text'));
      setCode(0);
    });
}
