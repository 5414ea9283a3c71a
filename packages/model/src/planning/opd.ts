import * as z from 'zod/mini';
import { localized } from '../common/i18n.js';
import { PageQuery } from '../common/page.js';
import { PhoneNumber } from '../common/phone.js';
import { DistrictCode } from '../common/region.js';
import { BidangUrusanCode } from './nomenclature.js';
import { boundedText, PlanningId } from './primitives.js';

/**
 * The kinds of perangkat daerah of a kabupaten/kota (PP 18/2016 Pasal 5 ayat 3): sekretariat
 * daerah, sekretariat DPRD, inspektorat, dinas, badan and kecamatan. `lainnya` is for units a
 * regency lists separately (e.g. an RSUD as unit organisasi bersifat khusus, PP 72/2019).
 */
export const OpdKind = z.enum([
  'sekretariat-daerah',
  'sekretariat-dprd',
  'inspektorat',
  'dinas',
  'badan',
  'kecamatan',
  'lainnya',
]);
export type OpdKind = z.infer<typeof OpdKind>;

/** The most bidang urusan one OPD may carry (a merged dinas carries two or three). */
export const OPD_BIDANG_MAX = 20;

/** SIPD unit code: three bidang urusan slots (`0.00` = empty), unit and sub unit. [S] */
const SIPD_UNIT_CODE = /^\d\.\d{2}\.\d\.\d{2}\.\d\.\d{2}\.\d{2}\.\d{4}$/;

const BidangList = z.array(BidangUrusanCode).check(
  z.minLength(1),
  z.maxLength(OPD_BIDANG_MAX),
  z.refine(
    (codes: string[]) => new Set(codes).size === codes.length,
    localized('bidang urusan tidak boleh berulang', 'a bidang urusan cannot repeat'),
  ),
);

/**
 * The fields of an OPD. The address and contacts are the OFFICE's (organisational data, public);
 * they are named `office…` so that no public response carries a bare `phone` or `email`.
 */
const opdEditableFields = {
  /** Full name, e.g. "Dinas Koperasi dan Usaha Mikro". */
  name: boundedText(200),
  /** Acronym as the regency writes it, e.g. "Diskopum", "Bappeda". */
  shortName: boundedText(40),
  kind: OpdKind,
  /** The bidang urusan the OPD carries; one OPD may carry several (e.g. 2.17 and 3.30). */
  bidang: BidangList,
  /** Kecamatan code, for an OPD of kind `kecamatan`. */
  districtCode: z.optional(DistrictCode),
  /** SIPD unit code, e.g. `2.17.3.30.0.00.01.0000`. */
  sipdCode: z.optional(z.string().check(z.regex(SIPD_UNIT_CODE))),
  officeAddress: z.optional(boundedText(300)),
  officePhone: z.optional(PhoneNumber),
  officeEmail: z.optional(z.email().check(z.maxLength(254))),
  /** The office website; http(s) only, since widgets render it as a link. */
  website: z.optional(z.url({ protocol: /^https?$/ }).check(z.maxLength(300))),
};

const opdFields = { id: PlanningId, ...opdEditableFields };

const KECAMATAN_NEEDS_DISTRICT = localized(
  'OPD berjenis kecamatan harus menyebut kode kecamatannya',
  'an OPD of kind kecamatan must name its district code',
);

type OpdFieldsForCheck = { kind: OpdKind; districtCode?: string | undefined };

function kecamatanHasDistrict(opd: OpdFieldsForCheck) {
  return opd.kind !== 'kecamatan' || opd.districtCode !== undefined;
}

const kecamatanDistrictCheck = z.refine<OpdFieldsForCheck>(kecamatanHasDistrict, {
  ...KECAMATAN_NEEDS_DISTRICT,
  path: ['districtCode'],
  when: (payload) => payload.issues.length === 0,
});

/**
 * A perangkat daerah (OPD): its names, kind and the bidang urusan it carries. Holds no personal
 * data, so the same shape is stored and published.
 */
export const Opd = z.object(opdFields).check(kecamatanDistrictCheck);
export type Opd = z.infer<typeof Opd>;

/** Body of creating an OPD (the id is a slug chosen by Bappeda, e.g. `diskopum`). */
export const OpdCreate = Opd;
export type OpdCreate = z.infer<typeof OpdCreate>;

/** Body of replacing an OPD (PUT): every field but the id, which never changes. */
export const OpdUpdate = z.object(opdEditableFields).check(kecamatanDistrictCheck);
export type OpdUpdate = z.infer<typeof OpdUpdate>;

/** Query of the OPD list: by bidang urusan carried, kind, or text in the names. */
export const OpdListQuery = z.extend(PageQuery, {
  bidang: z.optional(BidangUrusanCode),
  kind: z.optional(OpdKind),
  text: z.optional(z.string().check(z.maxLength(100))),
});
export type OpdListQuery = z.infer<typeof OpdListQuery>;

/** What the proposal lifecycle needs to know about the acting OPD. */
export interface OpdScope {
  readonly id: string;
  readonly bidang: readonly string[];
}

/** Whether the OPD carries this bidang urusan. */
export function opdCarries(opd: OpdScope, bidangCode: string): boolean {
  return opd.bidang.includes(bidangCode);
}

/** The OPDs that carry a bidang urusan: where a proposal of that bidang is verified. */
export function opdsCarrying<T extends OpdScope>(opds: readonly T[], bidangCode: string): T[] {
  return opds.filter((opd) => opdCarries(opd, bidangCode));
}

/** Whether an OPD matches a list query's filters (paging aside). */
export function matchesOpdQuery(opd: Opd, query: Omit<OpdListQuery, 'limit' | 'cursor'>): boolean {
  if (query.bidang !== undefined && !opd.bidang.includes(query.bidang)) return false;
  if (query.kind !== undefined && opd.kind !== query.kind) return false;
  if (query.text) {
    const needle = query.text.trim().toLocaleLowerCase('id');
    const haystack = `${opd.name} ${opd.shortName}`.toLocaleLowerCase('id');
    if (!haystack.includes(needle)) return false;
  }
  return true;
}
