import type { Handlers } from '../handler.js';
import { complaintHandlers } from './complaints.js';
import { uploadHandlers } from './media.js';
import { opdHandlers } from './opd.js';
import { planningHandlers } from './planning.js';
import { regionHandlers } from './regions.js';
import { serviceHandlers } from './services.js';
import { statsHandlers } from './stats.js';
import { tokenHandlers } from './tokens.js';
import { umkmHandlers } from './umkm.js';

/** Every handler of the contract; leaving one out fails to compile. */
export function createHandlers(): Handlers {
  return {
    ...regionHandlers,
    ...tokenHandlers,
    ...opdHandlers,
    ...planningHandlers,
    ...umkmHandlers,
    ...serviceHandlers,
    ...complaintHandlers,
    ...uploadHandlers,
    ...statsHandlers,
  };
}
