export * from './extract.js';
export * from './snippet.js';
export * from './hit.js';
export * from './topK.js';
