export * from './api/index.js';
export * from './common/index.js';
export * from './planning/index.js';
export * from './services/index.js';
export * from './umkm/index.js';
