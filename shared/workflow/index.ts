export * from './steps.js';
export * from './rules.js';
