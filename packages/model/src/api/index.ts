export * from './auth.js';
export * from './contract.js';
export * from './openapi.js';
export * from './route.js';
export { RegionSearchQuery } from './routes/regions.js';
