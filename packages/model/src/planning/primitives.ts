import * as z from 'zod/mini';
import { localized } from '../common/i18n.js';
import { RecordId } from '../common/id.js';

/** Id of a planning record: `diskopum`, `01jq3v6k2m8x9p4r5s7t0w1y2z` (see {@link RecordId}). */
export const PlanningId = RecordId;
export type PlanningId = RecordId;

/** The earliest and latest fiscal year Cerdas accepts (Permendagri 90/2019 dates from late 2019). */
export const FISCAL_YEAR_MIN = 2020;
export const FISCAL_YEAR_MAX = 2100;

/** A fiscal year (tahun anggaran), which is also the year of its RKPD (UU 17/2003 Pasal 4: 1 Jan–31 Dec). */
export const FiscalYear = z.int().check(z.minimum(FISCAL_YEAR_MIN), z.maximum(FISCAL_YEAR_MAX));
export type FiscalYear = z.infer<typeof FiscalYear>;

/** A fiscal year in a query string (`?year=2027`), read as a whole number. */
export const FiscalYearQuery = z.pipe(z.coerce.number(), FiscalYear);

const NOT_BLANK = localized('tidak boleh hanya berisi spasi', 'cannot be only spaces');

/** Text of `min`–`max` characters that is not only whitespace. */
export function boundedText(max: number, min = 1) {
  return z.string().check(
    z.minLength(min),
    z.maxLength(max),
    z.refine((text: string) => text.trim().length > 0, NOT_BLANK),
  );
}

/** Whether `code` is the region `scope` or lies inside it (`35.14.01.2001` within `35.14.01`). */
export function isWithinRegion(code: string, scope: string): boolean {
  return code === scope || code.startsWith(`${scope}.`);
}

/** A copy of `value` without the keys whose value is `undefined` (optional fields stay absent). */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Runs an object-level check only when the fields themselves passed (no cascading messages). */
export const WHEN_FIELDS_VALID = {
  when: (payload: { issues: readonly unknown[] }) => payload.issues.length === 0,
};

/** The kecamatan part `NN.NN.NN` of a district or village code, or `undefined` above that level. */
export function districtOf(regionCode: string): string | undefined {
  return /^\d{2}\.\d{2}\.\d{2}(\.\d{4})?$/.test(regionCode) ? regionCode.slice(0, 8) : undefined;
}
