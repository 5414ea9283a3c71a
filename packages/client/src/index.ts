export {
  type CerdasClient,
  type ClientFor,
  createCerdasClient,
  createClientFor,
  type ListHelpers,
  type Method,
  type MethodArgs,
} from './client.js';
export {
  CerdasAbortError,
  CerdasError,
  CerdasHttpError,
  CerdasNetworkError,
  CerdasTimeoutError,
  CerdasValidationError,
  isCerdasError,
} from './errors.js';
export {
  createOpen311Client,
  type Open311CallOptions,
  type Open311Client,
  type Open311ClientOptions,
  type Open311PostOptions,
  type Open311RequestFilters,
} from './open311.js';
export type {
  CerdasClientOptions,
  ClientHooks,
  RequestOptions,
  RetryOptions,
} from './transport.js';
