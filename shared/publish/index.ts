export { isPublishable } from './isPublishable.js';
export { toPublicPage, publicPageStyles } from './publicPage.js';
export type { PublicPage, PublicPageOptions } from './publicPage.js';
