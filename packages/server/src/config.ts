import { NATIONAL_CALENDAR, RegencyCode, timeZoneOf, type WorkingDayCalendar } from '@cerdas/model';

/** What a regency sets when it runs the server. Every field has a sensible default. */
export interface ServerOptions {
  /** The regency or city the portal serves (Kemendagri code). Default `35.14`, Kab. Pasuruan. */
  readonly regionCode?: string;
  /** Working-day calendar for due dates; extend the national one with local days off. */
  readonly calendar?: WorkingDayCalendar;
  /** Origins allowed to call the API from a browser (the sites that embed widgets). `*` allows any. */
  readonly corsOrigins?: readonly string[];
  /** Largest JSON body in bytes. Default 256 KiB. */
  readonly maxJsonBytes?: number;
  /** Largest multipart upload in bytes. Default 11 MiB (documents are at most 10 MiB). */
  readonly maxUploadBytes?: number;
  /** Writes (POST/PUT/PATCH/DELETE) one client IP may make per minute. Default 120; 0 turns it off. */
  readonly writesPerMinute?: number;
  /** Validate every response against the contract before sending it. Default true. */
  readonly validateResponses?: boolean;
  /** The clock; tests pass a fixed one. */
  readonly now?: () => Date;
  /** Trust `X-Forwarded-For` for the client IP (behind a reverse proxy). Default false. */
  readonly trustProxy?: boolean;
}

export interface ServerConfig {
  readonly regionCode: string;
  readonly regencyDigits: string;
  readonly timeZone: string;
  readonly calendar: WorkingDayCalendar;
  readonly corsOrigins: readonly string[];
  readonly maxJsonBytes: number;
  readonly maxUploadBytes: number;
  readonly writesPerMinute: number;
  readonly validateResponses: boolean;
  readonly now: () => Date;
  readonly trustProxy: boolean;
}

/** Fills in defaults and checks the region code; throws on a misconfiguration at start-up. */
export function resolveConfig(options: ServerOptions = {}): ServerConfig {
  const regionCode = options.regionCode ?? '35.14';
  if (!RegencyCode.safeParse(regionCode).success) {
    throw new Error(`regionCode must be a regency or city code such as 35.14, not "${regionCode}"`);
  }
  const zone = timeZoneOf(regionCode);
  if (!zone.ok) throw new Error(`regionCode ${regionCode}: ${zone.reason.en}`);
  return {
    regionCode,
    regencyDigits: regionCode.replace('.', ''),
    timeZone: zone.value.iana,
    calendar: options.calendar ?? NATIONAL_CALENDAR,
    corsOrigins: options.corsOrigins ?? ['*'],
    maxJsonBytes: options.maxJsonBytes ?? 256 * 1024,
    maxUploadBytes: options.maxUploadBytes ?? 11 * 1024 * 1024,
    writesPerMinute: options.writesPerMinute ?? 120,
    validateResponses: options.validateResponses ?? true,
    now: options.now ?? (() => new Date()),
    trustProxy: options.trustProxy ?? false,
  };
}
