import * as z from 'zod/mini';
import { GeoPoint } from '../common/geo.js';
import { Nik } from '../common/nik.js';
import { personal } from '../common/personal.js';
import {
  MobilePhoneNumber,
  MobilePhoneNumberInput,
  PhoneNumber,
  PhoneNumberInput,
  toWhatsAppUrl,
} from '../common/phone.js';
import { VillageCode } from '../common/region.js';
import { Actor } from '../common/roles.js';
import { Timestamp } from '../common/time.js';
import { Certifications } from './certification.js';
import { BusinessKbli } from './kbli.js';
import { SocialLinks } from './links.js';
import { Nib } from './nib.js';
import { BusinessOpeningHours } from './opening-hours.js';
import { BusinessPayment, BusinessPaymentPublic } from './payment.js';
import { BUSINESS_PHOTOS_MAX, photoIds, UmkmPhoto } from './photo.js';
import { BusinessScale } from './scale.js';
import {
  matches,
  multiLine,
  PostalCode,
  PUBLISHED_WITH_CONSENT,
  rule,
  singleLine,
  UmkmId,
} from './shared.js';

// Personal data (UU 27/2022): the owner, the premises' street and map pin (often the owner's
// home), and the contact numbers (often the owner's own mobile). A field shared by the staff
// and public shapes holds public data in both; what is public only by consent has another key
// in the public shape (`street` → `streetAddress`, `whatsApp` → `chatUrl`), so even parsing a
// staff record with a public schema drops it. Consent is turned into public fields only by
// {@link toBusinessPublic}.

/** A business's name as shown on its shop window. */
export const BusinessName = singleLine(120);
/** A business's own description of itself. */
export const BusinessDescription = multiLine(2000);

const Rt = z
  .string()
  .check(...matches(/^\d{1,3}$/, 'RT/RW berupa 1–3 angka', 'RT/RW is 1–3 digits'));

/** Where a person lives (the owner's home): personal data, staff only. */
export const OwnerHomeAddress = personal(
  z.object({
    street: singleLine(200),
    rt: z.optional(Rt),
    rw: z.optional(Rt),
    villageCode: VillageCode,
    postalCode: z.optional(PostalCode),
  }),
  "A person's home address (UU 27/2022): staff only",
);
export type OwnerHomeAddress = z.infer<typeof OwnerHomeAddress>;

const OwnerEmail = z.email().check(z.maxLength(254));

function ownerSchema<P extends z.ZodMiniType<string, string>>(phone: P) {
  return personal(
    z.object({
      name: personal(singleLine(120), "The owner's name"),
      nik: z.optional(Nik),
      phone: personal(phone, "The owner's own phone number"),
      email: z.optional(personal(OwnerEmail, "The owner's e-mail address")),
      homeAddress: OwnerHomeAddress,
    }),
    'The owner (pemilik) of the business: personal data (UU 27/2022), staff only',
  );
}

/** The owner (pemilik) of a business, all personal data (UU 27/2022): never in public shapes. */
export const BusinessOwner = ownerSchema(PhoneNumber);
export type BusinessOwner = z.infer<typeof BusinessOwner>;

/** The owner in a request body: the phone number as typed, normalised to E.164. */
export const BusinessOwnerInput = ownerSchema(PhoneNumberInput);
export type BusinessOwnerInput = z.infer<typeof BusinessOwnerInput>;

const streetNeeded = rule(
  (location: { street?: string; showStreet: boolean }) =>
    !location.showStreet || location.street !== undefined,
  'isi alamat jalan bila alamat jalan ingin ditampilkan',
  'give the street address when it is to be shown',
  ['street'],
);

const PremisesStreet = personal(
  singleLine(200),
  "Street of the premises; for a home-based business it is the owner's home, so it is public only when showStreet is true",
);

/**
 * Where the business is (staff record). The village code and postal code are always public;
 * `street` is shown only when `showStreet` is true, because a home-based business's premises
 * are the owner's home (UU 27/2022 Pasal 20 ayat (2) huruf a: consent). The map pin
 * (`Business.geo`) follows `showStreet`: a pin is a street address.
 */
export const BusinessLocation = z
  .object({
    villageCode: VillageCode,
    postalCode: z.optional(PostalCode),
    street: z.optional(PremisesStreet),
    showStreet: z.boolean(),
  })
  .check(streetNeeded);
export type BusinessLocation = z.infer<typeof BusinessLocation>;

/** {@link BusinessLocation} in a request body: `showStreet` defaults to `false` (hidden). */
export const BusinessLocationInput = z
  .object({
    villageCode: VillageCode,
    postalCode: z.optional(PostalCode),
    street: z.optional(PremisesStreet),
    showStreet: z._default(z.boolean(), false),
  })
  .check(streetNeeded);
export type BusinessLocationInput = z.infer<typeof BusinessLocationInput>;

const consentNeedsNumber = [
  rule(
    (contact: { whatsApp?: string; publicWhatsApp: boolean }) =>
      !contact.publicWhatsApp || contact.whatsApp !== undefined,
    'isi nomor WhatsApp usaha bila tombol WhatsApp ingin ditampilkan',
    'give the business WhatsApp number when the WhatsApp button is to be shown',
    ['whatsApp'],
  ),
  rule(
    (contact: { phone?: string; publicPhone: boolean }) =>
      !contact.publicPhone || contact.phone !== undefined,
    'isi nomor telepon usaha bila nomor telepon ingin ditampilkan',
    'give the business phone number when it is to be shown',
    ['phone'],
  ),
] as const;

const CONSENT_NOTE =
  'Published only when the owner has explicitly agreed (UU 27/2022 Pasal 20 ayat (2) huruf a)';

/**
 * The business's own contact numbers (staff record), kept apart from the owner's personal phone.
 *
 * For most micro businesses the WhatsApp number is the owner's own mobile, so it is personal
 * data (UU 27/2022) and stays out of public shapes unless the owner explicitly agrees to show
 * it on the shop window (Pasal 20 ayat (2) huruf a): `publicWhatsApp` / `publicPhone`, each
 * `false` until set. The server records when the consent last changed in `consentRecordedAt`
 * (Pasal 22: consent is written or recorded), and setting a flag back to `false` withdraws it
 * (Pasal 9) with immediate effect on the public shape.
 */
export const BusinessContact = z
  .object({
    whatsApp: z.optional(personal(MobilePhoneNumber, 'WhatsApp number of the business')),
    phone: z.optional(personal(PhoneNumber, 'Phone number of the business')),
    publicWhatsApp: z.boolean(),
    publicPhone: z.boolean(),
    consentRecordedAt: z.optional(Timestamp),
  })
  .check(...consentNeedsNumber);
export type BusinessContact = z.infer<typeof BusinessContact>;

/** {@link BusinessContact} in a request body: numbers as typed; both consents default to `false`. */
export const BusinessContactInput = z
  .object({
    whatsApp: z.optional(personal(MobilePhoneNumberInput, 'WhatsApp number of the business')),
    phone: z.optional(personal(PhoneNumberInput, 'Phone number of the business')),
    publicWhatsApp: z._default(z.boolean(), false),
    publicPhone: z._default(z.boolean(), false),
  })
  .check(...consentNeedsNumber);
export type BusinessContactInput = z.infer<typeof BusinessContactInput>;

/** Verification of a business by the Dinas (Koperasi dan UMKM): `suspended` hides it from the public. */
export const VerificationStatus = z.enum(['pending', 'verified', 'suspended']);
export type VerificationStatus = z.infer<typeof VerificationStatus>;

/** The verification state with who set it and when (staff record). */
export const BusinessVerification = z.object({
  status: VerificationStatus,
  /** The Dinas officer's token that set the status; absent while never reviewed. */
  updatedBy: z.optional(Actor),
  updatedAt: z.optional(Timestamp),
  /** Why, for the owner and the Dinas; required when suspending. */
  reason: z.optional(multiLine(500)),
});
export type BusinessVerification = z.infer<typeof BusinessVerification>;

/** A status change requested by the Dinas; the server fills in who and when. */
export const BusinessVerificationRequest = z
  .object({ status: VerificationStatus, reason: z.optional(multiLine(500)) })
  .check(
    rule(
      (request: { status: VerificationStatus; reason?: string }) =>
        request.status !== 'suspended' || request.reason !== undefined,
      'alasan wajib diisi saat menangguhkan usaha',
      'a reason is required when suspending a business',
      ['reason'],
    ),
  );
export type BusinessVerificationRequest = z.infer<typeof BusinessVerificationRequest>;

const BusinessPhotos = z.array(UmkmPhoto).check(z.maxLength(BUSINESS_PHOTOS_MAX));

/**
 * A UMKM business as stored and as Dinas staff see it, with its owner's personal data. Never
 * send it to the public: use {@link toBusinessPublic}.
 */
export const Business = z.object({
  id: UmkmId,
  name: BusinessName,
  description: BusinessDescription,
  owner: BusinessOwner,
  nib: z.optional(Nib),
  kbli: z.optional(BusinessKbli),
  scale: BusinessScale,
  location: BusinessLocation,
  /** Map pin of the premises; public only together with the street (`location.showStreet`). */
  geo: z.optional(personal(GeoPoint, 'Map pin of the premises, often the owner’s home')),
  contact: BusinessContact,
  links: SocialLinks,
  certifications: Certifications,
  payment: BusinessPayment,
  openingHours: z.optional(BusinessOpeningHours),
  /** In display order; the first is the thumbnail. */
  photos: BusinessPhotos,
  verification: BusinessVerification,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Business = z.infer<typeof Business>;

// ── Public shapes: built by listing fields, never by omitting from the staff shape ──────────

const WHATSAPP_CHAT_URL = /^https:\/\/wa\.me\/628[1-35-9]\d{7,10}$/;
const TEL_URI = /^tel:\+62\d{8,13}$/;

/** Where the business is, as the public sees it: street and pin only by the owner's choice. */
export const BusinessLocationPublic = z.object({
  villageCode: VillageCode,
  postalCode: z.optional(PostalCode),
  streetAddress: z.optional(
    singleLine(200).check(
      z.meta({ description: CONSENT_NOTE, [PUBLISHED_WITH_CONSENT]: 'location.showStreet' }),
    ),
  ),
  geo: z.optional(
    GeoPoint.check(
      z.meta({ description: CONSENT_NOTE, [PUBLISHED_WITH_CONSENT]: 'location.showStreet' }),
    ),
  ),
});
export type BusinessLocationPublic = z.infer<typeof BusinessLocationPublic>;

/**
 * How the public reaches the business: a WhatsApp click-to-chat link and a `tel:` link, each
 * present only when the owner agreed to publish that number (see {@link BusinessContact}).
 */
export const BusinessContactPublic = z.object({
  chatUrl: z.optional(
    z
      .string()
      .check(
        ...matches(
          WHATSAPP_CHAT_URL,
          'harus tautan https://wa.me/628…',
          'must be a https://wa.me/628… link',
        ),
        z.meta({ description: CONSENT_NOTE, [PUBLISHED_WITH_CONSENT]: 'contact.publicWhatsApp' }),
      ),
  ),
  callUrl: z.optional(
    z
      .string()
      .check(
        ...matches(TEL_URI, 'harus tautan tel:+62…', 'must be a tel:+62… link'),
        z.meta({ description: CONSENT_NOTE, [PUBLISHED_WITH_CONSENT]: 'contact.publicPhone' }),
      ),
  ),
});
export type BusinessContactPublic = z.infer<typeof BusinessContactPublic>;

/** Verification as the public sees it: suspended businesses are not public at all. */
export const BusinessVerificationPublic = z.object({
  status: z.enum(['pending', 'verified']),
  updatedAt: z.optional(Timestamp),
});
export type BusinessVerificationPublic = z.infer<typeof BusinessVerificationPublic>;

/**
 * The public shop window of a business: no owner, no NIK, no personal numbers, the street and
 * pin only when the owner chose to show them, the NMID and the Dinas's notes left out.
 */
export const BusinessPublic = z.object({
  id: UmkmId,
  name: BusinessName,
  description: BusinessDescription,
  nib: z.optional(Nib),
  kbli: z.optional(BusinessKbli),
  scale: BusinessScale,
  location: BusinessLocationPublic,
  contact: BusinessContactPublic,
  links: SocialLinks,
  certifications: Certifications,
  payment: BusinessPaymentPublic,
  openingHours: z.optional(BusinessOpeningHours),
  photos: BusinessPhotos,
  verification: BusinessVerificationPublic,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type BusinessPublic = z.infer<typeof BusinessPublic>;

/**
 * The public shape of a stored business, applying the owner's choices: the street and pin only
 * with `location.showStreet`, the WhatsApp and phone links only with `contact.publicWhatsApp` /
 * `publicPhone`. A suspended business has no public shape (`undefined`).
 */
export function toBusinessPublic(business: Business): BusinessPublic | undefined {
  const { verification, location, contact } = business;
  if (verification.status === 'suspended') return undefined;
  const showStreet = location.showStreet && location.street !== undefined;
  const chat =
    contact.publicWhatsApp && contact.whatsApp ? toWhatsAppUrl(contact.whatsApp) : undefined;
  return {
    id: business.id,
    name: business.name,
    description: business.description,
    ...(business.nib !== undefined && { nib: business.nib }),
    ...(business.kbli && { kbli: business.kbli }),
    scale: business.scale,
    location: {
      villageCode: location.villageCode,
      ...(location.postalCode !== undefined && { postalCode: location.postalCode }),
      ...(showStreet && { streetAddress: location.street }),
      ...(showStreet && business.geo && { geo: business.geo }),
    },
    contact: {
      ...(chat?.ok && { chatUrl: chat.value }),
      ...(contact.publicPhone && contact.phone && { callUrl: `tel:${contact.phone}` }),
    },
    links: business.links,
    certifications: business.certifications,
    payment: {
      cash: business.payment.cash,
      qris: business.payment.qris,
      bankTransfer: business.payment.bankTransfer,
    },
    ...(business.openingHours && { openingHours: business.openingHours }),
    photos: business.photos,
    verification: {
      status: verification.status,
      ...(verification.updatedAt !== undefined && { updatedAt: verification.updatedAt }),
    },
    createdAt: business.createdAt,
    updatedAt: business.updatedAt,
  };
}

// ── Request bodies ──────────────────────────────────────────────────────────────────────────

/**
 * The body that registers a business (staff, or the owner through a registration form). The
 * server sets id, verification (`pending`), photos (uploaded afterwards) and timestamps.
 */
export const BusinessCreate = z.object({
  name: BusinessName,
  description: BusinessDescription,
  owner: BusinessOwnerInput,
  nib: z.optional(Nib),
  kbli: z.optional(BusinessKbli),
  scale: BusinessScale,
  location: BusinessLocationInput,
  geo: z.optional(personal(GeoPoint, 'Map pin of the premises, often the owner’s home')),
  contact: z._default(BusinessContactInput, { publicWhatsApp: false, publicPhone: false }),
  links: z._default(SocialLinks, []),
  certifications: z._default(Certifications, []),
  payment: z._default(BusinessPayment, { cash: true, qris: false, bankTransfer: false }),
  openingHours: z.optional(BusinessOpeningHours),
});
export type BusinessCreate = z.infer<typeof BusinessCreate>;

/**
 * A partial update (PATCH). Absent fields stay as they are; `null` clears an optional field;
 * nested objects (owner, location, contact, payment, opening hours) are replaced whole, so an
 * omitted consent inside `location` or `contact` falls back to hidden. `photoIds` sets which
 * uploaded photos are shown and in what order.
 */
export const BusinessUpdate = z
  .object({
    name: z.optional(BusinessName),
    description: z.optional(BusinessDescription),
    owner: z.optional(BusinessOwnerInput),
    nib: z.optional(z.nullable(Nib)),
    kbli: z.optional(z.nullable(BusinessKbli)),
    scale: z.optional(BusinessScale),
    location: z.optional(BusinessLocationInput),
    geo: z.optional(
      z.nullable(personal(GeoPoint, 'Map pin of the premises, often the owner’s home')),
    ),
    contact: z.optional(BusinessContactInput),
    links: z.optional(SocialLinks),
    certifications: z.optional(Certifications),
    payment: z.optional(BusinessPayment),
    openingHours: z.optional(z.nullable(BusinessOpeningHours)),
    photoIds: z.optional(photoIds(BUSINESS_PHOTOS_MAX)),
  })
  .check(
    rule(
      (update: object) => Object.values(update).some((value) => value !== undefined),
      'tidak ada yang diubah: isi minimal satu kolom',
      'nothing to change: give at least one field',
    ),
  );
export type BusinessUpdate = z.infer<typeof BusinessUpdate>;
