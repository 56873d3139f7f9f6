/**
 * Every test factory by one import: the records are defined by concept in the modules below
 * (see db.ts for what a factory does and does not do).
 */
export { day, termEndInForce, uniq } from './db.js';
export * from './parties.js';
export * from './agreements.js';
export * from './supervision.js';
export * from './monitoring.js';
export * from './provider-tree.js';
