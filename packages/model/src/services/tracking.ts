import * as z from 'zod/mini';
import { type LocalizedText, localized, type ParseResult } from '../common/i18n.js';
import { parseRegionCode } from '../common/region.js';

/**
 * Prefixes of public tracking numbers: `ADU` (aduan) for complaints, `LYN` (layanan) for
 * service requests. Three letters so the kind is readable at a glance on a phone.
 */
export const TRACKING_PREFIXES = {
  ADU: 'complaint',
  LYN: 'service-request',
} as const;
export type TrackingPrefix = keyof typeof TRACKING_PREFIXES;
export type TrackingKind = (typeof TRACKING_PREFIXES)[TrackingPrefix];

/** The highest sequence a regency can issue per prefix and year (six digits). */
export const TRACKING_SEQUENCE_MAX = 999_999;

export interface TrackingNumberParts {
  readonly prefix: TrackingPrefix;
  /** Kemendagri kab/kota code, dotted: `35.14`. */
  readonly regencyCode: string;
  readonly year: number;
  /** 1–999 999, counted per regency, prefix and year. */
  readonly sequence: number;
}

const SHAPE = /^(ADU|LYN)-(\d{2})(\d{2})-(\d{4})-(\d{6})$/;

const REASONS = {
  shape: {
    id: 'Nomor pelacakan harus berbentuk ADU-3514-2026-000123 atau LYN-3514-2026-000123',
    en: 'A tracking number looks like ADU-3514-2026-000123 or LYN-3514-2026-000123',
  },
  prefix: {
    id: 'Awalan nomor pelacakan harus ADU (pengaduan) atau LYN (permohonan layanan)',
    en: 'The prefix must be ADU (complaint) or LYN (service request)',
  },
  regency: {
    id: 'Kode kabupaten/kota harus 4 angka, mis. 3514 (kabupaten 01–69, kota 71–99)',
    en: 'The regency code must be 4 digits, e.g. 3514 (kabupaten 01–69, kota 71–99)',
  },
  year: {
    id: 'Tahun nomor pelacakan harus 2000–9999',
    en: 'The year of a tracking number must be 2000–9999',
  },
  sequence: {
    id: 'Nomor urut harus 1–999999',
    en: 'The sequence must be 1–999999',
  },
} as const satisfies Record<string, LocalizedText>;

function fail<T>(reason: LocalizedText): ParseResult<T> {
  return { ok: false, reason };
}

function isRegency(code: string): boolean {
  const parsed = parseRegionCode(code);
  return parsed.ok && parsed.value.level === 'regency';
}

/**
 * `ADU-3514-2026-000123`: prefix, regency code without its dot, year, six-digit sequence
 * (product.md: short and readable on a phone). Refuses parts that would not read back.
 */
export function formatTrackingNumber(parts: TrackingNumberParts): ParseResult<string> {
  if (!Object.hasOwn(TRACKING_PREFIXES, parts.prefix)) return fail(REASONS.prefix);
  if (typeof parts.regencyCode !== 'string' || !isRegency(parts.regencyCode)) {
    return fail(REASONS.regency);
  }
  if (!Number.isInteger(parts.year) || parts.year < 2000 || parts.year > 9999) {
    return fail(REASONS.year);
  }
  if (
    !Number.isInteger(parts.sequence) ||
    parts.sequence < 1 ||
    parts.sequence > TRACKING_SEQUENCE_MAX
  ) {
    return fail(REASONS.sequence);
  }
  const regency = parts.regencyCode.replace('.', '');
  const sequence = String(parts.sequence).padStart(6, '0');
  return { ok: true, value: `${parts.prefix}-${regency}-${parts.year}-${sequence}` };
}

/**
 * Reads a tracking number as a citizen types it: surrounding spaces and lower case are
 * forgiven (`adu-3514-2026-000123`), anything else must match the printed form.
 */
export function parseTrackingNumber(input: string): ParseResult<TrackingNumberParts> {
  if (typeof input !== 'string') return fail(REASONS.shape);
  const text = input.trim().toUpperCase();
  const match = SHAPE.exec(text);
  if (!match) {
    return /^[A-Z]{3}-/.test(text) && !/^(ADU|LYN)-/.test(text)
      ? fail(REASONS.prefix)
      : fail(REASONS.shape);
  }
  const [, prefix, province, regency, year, sequence] = match as unknown as [
    string,
    TrackingPrefix,
    string,
    string,
    string,
    string,
  ];
  const regencyCode = `${province}.${regency}`;
  if (!isRegency(regencyCode)) return fail(REASONS.regency);
  if (Number(year) < 2000) return fail(REASONS.year);
  if (Number(sequence) < 1) return fail(REASONS.sequence);
  return {
    ok: true,
    value: { prefix, regencyCode, year: Number(year), sequence: Number(sequence) },
  };
}

function trackingNumberSchema(prefix: TrackingPrefix | undefined) {
  const pattern = prefix ? `^${prefix}-\\d{4}-\\d{4}-\\d{6}$` : '^(ADU|LYN)-\\d{4}-\\d{4}-\\d{6}$';
  const example = `${prefix ?? 'ADU'}-3514-2026-000123`;
  return z.string().check(
    z.refine(
      (value: string) => {
        const parsed = SHAPE.test(value) ? parseTrackingNumber(value) : undefined;
        return parsed?.ok === true && (prefix === undefined || parsed.value.prefix === prefix);
      },
      localized(
        `bukan nomor pelacakan yang valid, contoh: ${example}`,
        `is not a valid tracking number, e.g. ${example}`,
      ),
    ),
    z.meta({ pattern, examples: [example] }),
  );
}

/** A tracking number of any kind in its printed (upper-case) form. */
export const TrackingNumber = trackingNumberSchema(undefined);
export type TrackingNumber = z.infer<typeof TrackingNumber>;

/** A complaint's tracking number, `ADU-3514-2026-000123`. */
export const ComplaintTrackingNumber = trackingNumberSchema('ADU');
export type ComplaintTrackingNumber = z.infer<typeof ComplaintTrackingNumber>;

/** A service request's tracking number, `LYN-3514-2026-000123`. */
export const ServiceRequestTrackingNumber = trackingNumberSchema('LYN');
export type ServiceRequestTrackingNumber = z.infer<typeof ServiceRequestTrackingNumber>;
