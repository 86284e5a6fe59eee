export * from './extract.js';
export * from './snippet.js';
export * from './hit.js';
