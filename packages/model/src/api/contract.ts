import { authRoutes } from './routes/auth.js';
import { opdRoutes, planningRoutes } from './routes/planning.js';
import { regionRoutes } from './routes/regions.js';
import { complaintRoutes, serviceRoutes } from './routes/services.js';
import { statsRoutes } from './routes/stats.js';
import { umkmRoutes } from './routes/umkm.js';
import { uploadRoutes } from './routes/uploads.js';

/**
 * The one Cerdas API contract: every route of every domain, keyed by operation id. The
 * server mounts a handler per entry, the client derives a method per entry, and the
 * OpenAPI document is generated from it. Import a domain's table (`umkmRoutes`, …) instead
 * when only that domain is needed, so bundles stay small.
 */
export const contract = {
  ...regionRoutes,
  ...authRoutes,
  ...opdRoutes,
  ...planningRoutes,
  ...umkmRoutes,
  ...serviceRoutes,
  ...complaintRoutes,
  ...uploadRoutes,
  ...statsRoutes,
} as const;

export type Contract = typeof contract;
export type OperationId = keyof Contract;
