import type {
  Actor,
  Contract,
  Language,
  OperationId,
  RouteDefinition,
  RouteInput,
  RouteResponse,
  StaffToken,
} from '@cerdas/model';
import type { ServerConfig } from './config.js';
import type { MediaStore } from './media/index.js';
import type { Repositories, Storage } from './storage/types.js';

/** What a handler knows about the request besides its validated input. */
export interface HandlerContext {
  /** The staff member behind the bearer token; undefined on public calls. */
  readonly actor: Actor | undefined;
  readonly token: StaffToken | undefined;
  readonly lang: Language;
  /** The repositories: inside the write's transaction for POST/PUT/PATCH/DELETE. */
  readonly db: Repositories;
  readonly storage: Storage;
  readonly media: MediaStore;
  readonly config: ServerConfig;
  /** The request time, ISO 8601 (UTC). */
  readonly now: string;
  /** The raw upload, for multipart routes. */
  readonly operationId: OperationId;
}

/** A handler of one route: validated input in, the contract's response out (or a thrown problem). */
export type Handler<R extends RouteDefinition> = (
  input: RouteInput<R>,
  ctx: HandlerContext,
) => Promise<RouteResponse<R>>;

/** One handler per route of the contract: a route without a handler does not compile. */
export type Handlers = { readonly [K in OperationId]: Handler<Contract[K]> };

/** A group of handlers for some routes (one domain), merged into {@link Handlers}. */
export type HandlerGroup<K extends OperationId> = { readonly [P in K]: Handler<Contract[P]> };
