// The renderers, by format name: (report, options) → string. None prints, none decides the exit code.
import type { Report } from '../schema';
import { renderJson } from './json';
import { renderMarkdown } from './markdown';
import type { RenderOptions } from './options';
import { renderText } from './text';

export const FORMATS = ['text', 'json', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export const renderers: Record<Format, (report: Report, options: RenderOptions) => string> = {
  text: renderText,
  json: (report) => renderJson(report),
  markdown: (report, options) => renderMarkdown(report, { redact: options.redact ?? true }),
};
