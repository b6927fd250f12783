// Public API: analyze() and the schemas that type its report.
export { analyze, type AnalyzeOptions, type Document } from './analyze';
export { extractPosting } from './posting/extract';
export { readResume } from './resume/extract';
export * from './schema';
export { FitscoreError, type ErrorCode } from './errors';
