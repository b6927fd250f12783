// Public API: analyze(), readDocument() (PDF, .docx, HTML, JSON Resume, text → text), and the schemas that
// type the report.
export { analyze, type AnalyzeOptions, type Document } from './analyze';
export { extractPosting } from './posting/extract';
export { readResume } from './resume/extract';
export * from './schema';
export { FitscoreError, type ErrorCode } from './errors';
export { readDocument, type ReadOptions, type ReadResult } from './read/document';
export type { PdfLimits } from './read/pdf-thread';
