// Sorts the one-entry-a-line arrays of src/knowledge/*.ts by their first quoted string, case-insensitive.
// Usage: node scripts/sort-knowledge.mjs src/knowledge/skills.ts
import { readFileSync, writeFileSync } from 'node:fs';

for (const file of process.argv.slice(2)) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const key = (line) => (line.match(/'([^']*)'|"([^"]*)"/)?.slice(1).find((g) => g !== undefined) ?? '').toLowerCase();
  let i = 0;
  while (i < lines.length) {
    if (!/=\s*\[$/.test(lines[i])) { i++; continue; }
    let j = i + 1;
    while (j < lines.length && !/^\];?$/.test(lines[j])) j++;
    const body = lines.slice(i + 1, j);
    if (body.every((l) => /^  [{'"[]/.test(l))) body.sort((a, b) => key(a).localeCompare(key(b), 'en'));
    lines.splice(i + 1, body.length, ...body);
    i = j + 1;
  }
  writeFileSync(file, lines.join('\n'));
}
