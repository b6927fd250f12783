// The JSON report: validated by the zod schema on the way out, keys in schema order, stable across runs.
import { Report } from '../schema';

export function renderJson(report: Report): string {
  return `${JSON.stringify(Report.parse(report), null, 2)}\n`;
}
