import type { Business } from './business.js';
import type { ProductPublic } from './product.js';

/**
 * Personal values of the fixture owner, each unique enough that a test can search serialised
 * output for it and be sure a hit is a leak.
 */
export const OWNER_SECRETS = {
  name: 'Siti Rahmawati Zulaikha',
  nik: '3514014101900001',
  phone: '+6281355550001',
  email: 'siti.rahmawati.pribadi@example.com',
  homeStreet: 'Jl. Melati Pribadi No. 17',
  whatsApp: '+6285755550002',
  businessPhone: '+62343555003',
  premisesStreet: 'Dusun Krajan RT 02 RW 05 Pribadi',
  nmid: 'ID1023249949984',
} as const;

/** A full staff record of a home-based business: nothing published by consent. */
export function staffBusiness(overrides: Partial<Business> = {}): Business {
  return {
    id: 'keripik-bu-siti',
    name: 'Keripik Tempe Bu Siti',
    description:
      'Keripik tempe renyah khas Purwodadi, digoreng setiap pagi.\nPesan lewat WhatsApp.',
    owner: {
      name: OWNER_SECRETS.name,
      nik: OWNER_SECRETS.nik,
      phone: OWNER_SECRETS.phone,
      email: OWNER_SECRETS.email,
      homeAddress: {
        street: OWNER_SECRETS.homeStreet,
        rt: '2',
        rw: '5',
        villageCode: '35.14.01.2001',
        postalCode: '67163',
      },
    },
    nib: '9120001234567',
    kbli: { version: '2020', codes: ['10794', '47241'] },
    scale: 'mikro',
    location: {
      villageCode: '35.14.01.2001',
      postalCode: '67163',
      street: OWNER_SECRETS.premisesStreet,
      showStreet: false,
    },
    geo: { lat: -7.7812345, lng: 112.7323456 },
    contact: {
      whatsApp: OWNER_SECRETS.whatsApp,
      phone: OWNER_SECRETS.businessPhone,
      publicWhatsApp: false,
      publicPhone: false,
    },
    links: [{ kind: 'instagram', url: 'https://www.instagram.com/keripikbusiti' }],
    certifications: [
      { kind: 'halal', number: 'ID35110000123450923', issuedOn: '2024-03-01' },
      { kind: 'pirt', number: '206351401007229', issuedOn: '2024-02-10', validUntil: '2029-02-10' },
    ],
    payment: { cash: true, qris: true, nmid: OWNER_SECRETS.nmid, bankTransfer: false },
    openingHours: {
      monday: [{ opens: '08:00', closes: '16:00' }],
      tuesday: [{ opens: '08:00', closes: '16:00' }],
      saturday: [
        { opens: '07:00', closes: '11:00' },
        { opens: '13:00', closes: '24:00' },
      ],
      note: 'Tutup saat hari raya',
    },
    photos: [
      {
        id: 'foto-1',
        path: 'umkm/keripik-bu-siti/foto-1.webp',
        mime: 'image/webp',
        width: 1200,
        height: 800,
        bytes: 150_000,
        alt: 'Keripik tempe dalam kemasan plastik',
      },
    ],
    verification: {
      status: 'verified',
      updatedBy: {
        id: 'tok-dinkop-1',
        role: 'opd',
        name: 'Dinas Koperasi dan UMKM',
        opdId: 'dinkop',
      },
      updatedAt: '2026-01-05T09:00:00+07:00',
      reason: 'Catatan internal: sudah dicek ke lokasi',
    },
    createdAt: '2026-01-02T08:00:00+07:00',
    updatedAt: '2026-01-05T09:00:00+07:00',
    ...overrides,
  };
}

/** A product of the fixture business. */
export function product(overrides: Partial<ProductPublic> = {}): ProductPublic {
  return {
    id: 'keripik-tempe-250g',
    businessId: 'keripik-bu-siti',
    name: 'Keripik Tempe 250 g',
    description: 'Original dan pedas',
    price: { type: 'fixed', amount: 15_000 },
    unit: 'pack',
    category: 'Kuliner',
    halal: true,
    availability: 'available',
    photos: [],
    createdAt: '2026-01-02T08:00:00+07:00',
    updatedAt: '2026-01-02T08:00:00+07:00',
    ...overrides,
  };
}
