// The extractor's version: part of the skip check, so a new version re-reads every article.
// Raise it whenever a change to src/extract can change a FactSheet.
export const EXTRACTOR_VERSION = '0.15.0';
