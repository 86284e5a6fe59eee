// The annotation model lives in ./annotation/; this path is kept for the code that imports it.
export * from './annotation/index.js';
