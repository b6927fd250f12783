// Bugs in src/ that the fuzz suite found and that are not fixed yet. Each one is pinned by an `it.fails` test
// with its minimal input (test/fuzz/findings.test.ts); meanwhile the fuzz properties tolerate it (and count the
// hits) so that they keep looking for other failures. When a bug is fixed its `it.fails` test fails: delete the
// entry here and turn the test into an `it`. FITSCORE_FUZZ_STRICT=1 tolerates nothing.

export interface KnownBug {
  id: string;
  /** What goes wrong, for the report. */
  summary: string;
  /** Tells the bug from the error it throws (name, message and stack) or from what main printed on stderr. */
  matches: (text: string) => boolean;
}

// Empty: the two bugs found so far (a UTF-8 BOM before cp1252 bytes crashed decode(); a damaged page stream
// crashed readPdf()) were fixed in 0a85f38 and are regression tests in findings.test.ts.
export const KNOWN_BUGS: readonly KnownBug[] = [];

const strict = process.env.FITSCORE_FUZZ_STRICT === '1';
export const knownBugHits = new Map<string, number>();

/** The known bug this failure is, when failures of known bugs are tolerated; undefined otherwise. */
export function knownBug(text: string): KnownBug | undefined {
  if (strict) return undefined;
  const bug = KNOWN_BUGS.find((b) => b.matches(text));
  if (bug) knownBugHits.set(bug.id, (knownBugHits.get(bug.id) ?? 0) + 1);
  return bug;
}
