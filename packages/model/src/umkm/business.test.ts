import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../common/i18n.js';
import {
  Business,
  BusinessCreate,
  BusinessPublic,
  BusinessUpdate,
  BusinessVerificationRequest,
  toBusinessPublic,
} from './business.js';
import { OWNER_SECRETS, staffBusiness } from './test-fixtures.js';

const secretValues = Object.values(OWNER_SECRETS);

function leaks(value: unknown): string[] {
  const text = JSON.stringify(value);
  return secretValues.filter((secret) => text.includes(secret));
}

describe('Business (staff record)', () => {
  it('parses the full fixture unchanged', () => {
    const staff = staffBusiness();
    expect(Business.parse(staff)).toEqual(staff);
  });

  it('refuses showing a street that was never given', () => {
    const staff = staffBusiness();
    const location = { villageCode: '35.14.01.2001', showStreet: true };
    expect(validate(Business, { ...staff, location }, 'en')).toMatchObject({
      success: false,
      errors: [{ path: 'location.street', message: expect.stringContaining('street address') }],
    });
  });
});

describe('public shapes cannot carry the owner’s data', () => {
  it('strips owner, NIK, personal numbers, street, pin and NMID when a staff record is parsed with BusinessPublic', () => {
    const staff = staffBusiness({
      location: { ...staffBusiness().location, showStreet: true },
      contact: { ...staffBusiness().contact, publicWhatsApp: true, publicPhone: true },
    });
    const parsed = BusinessPublic.parse(staff);
    expect(parsed).not.toHaveProperty('owner');
    expect(parsed).not.toHaveProperty('geo');
    expect(parsed.location).toEqual({ villageCode: '35.14.01.2001', postalCode: '67163' });
    expect(parsed.contact).toEqual({});
    expect(parsed.payment).toEqual({ cash: true, qris: true, bankTransfer: false });
    expect(parsed.verification).toEqual({
      status: 'verified',
      updatedAt: '2026-01-05T09:00:00+07:00',
    });
    // Even with every consent given, a direct parse publishes nothing personal:
    // consent becomes public fields only through toBusinessPublic.
    expect(leaks(parsed)).toEqual([]);
  });

  it('refuses a suspended staff record parsed as public', () => {
    const staff = staffBusiness({ verification: { status: 'suspended', reason: 'Alamat fiktif' } });
    expect(BusinessPublic.safeParse(staff).success).toBe(false);
  });
});

describe('toBusinessPublic', () => {
  it('shows no street, pin, WhatsApp or phone without the owner’s consent', () => {
    const shown = toBusinessPublic(staffBusiness());
    expect(shown).toBeDefined();
    expect(shown?.location).toEqual({ villageCode: '35.14.01.2001', postalCode: '67163' });
    expect(shown?.contact).toEqual({});
    expect(leaks(shown)).toEqual([]);
    expect(BusinessPublic.parse(shown)).toEqual(shown);
  });

  it('publishes exactly what the owner agreed to', () => {
    const base = staffBusiness();
    const shown = toBusinessPublic(
      staffBusiness({
        location: { ...base.location, showStreet: true },
        contact: { ...base.contact, publicWhatsApp: true },
      }),
    );
    expect(shown?.location).toEqual({
      villageCode: '35.14.01.2001',
      postalCode: '67163',
      streetAddress: OWNER_SECRETS.premisesStreet,
      geo: base.geo,
    });
    expect(shown?.contact).toEqual({ chatUrl: 'https://wa.me/6285755550002' });
    // The landline stays private: only WhatsApp was agreed to; the owner's data never shows.
    expect(leaks(shown).sort()).toEqual([OWNER_SECRETS.premisesStreet].sort());
    expect(JSON.stringify(shown)).not.toContain(OWNER_SECRETS.businessPhone);
    expect(BusinessPublic.parse(shown)).toEqual(shown);
  });

  it('publishes the business phone as a tel: link when agreed', () => {
    const base = staffBusiness();
    const shown = toBusinessPublic(
      staffBusiness({ contact: { ...base.contact, publicPhone: true } }),
    );
    expect(shown?.contact).toEqual({ callUrl: `tel:${OWNER_SECRETS.businessPhone}` });
    expect(BusinessPublic.parse(shown)).toEqual(shown);
  });

  it('has no public shape for a suspended business', () => {
    expect(
      toBusinessPublic(staffBusiness({ verification: { status: 'suspended' } })),
    ).toBeUndefined();
  });

  it('keeps a pending business public but marked pending', () => {
    expect(
      toBusinessPublic(staffBusiness({ verification: { status: 'pending' } }))?.verification,
    ).toEqual({
      status: 'pending',
    });
  });
});

const createBody = {
  name: 'Keripik Tempe Bu Siti',
  description: 'Keripik tempe renyah.',
  owner: {
    name: 'Siti',
    phone: '0813-5555-0001',
    homeAddress: { street: 'Jl. Melati 17', villageCode: '35.14.01.2001' },
  },
  scale: 'mikro',
  location: { villageCode: '35.14.01.2001', street: 'Dusun Krajan' },
  contact: { whatsApp: '0857 5555 0002' },
};

describe('BusinessCreate', () => {
  it('normalises phone numbers and hides everything by default', () => {
    const parsed = BusinessCreate.parse(createBody);
    expect(parsed.owner.phone).toBe('+6281355550001');
    expect(parsed.contact).toEqual({
      whatsApp: '+6285755550002',
      publicWhatsApp: false,
      publicPhone: false,
    });
    expect(parsed.location.showStreet).toBe(false);
    expect(parsed.payment).toEqual({ cash: true, qris: false, bankTransfer: false });
    expect(parsed.links).toEqual([]);
    expect(parsed.certifications).toEqual([]);
  });

  it('refuses a WhatsApp button without a number, in both languages', () => {
    const body = { ...createBody, contact: { publicWhatsApp: true } };
    expect(validate(BusinessCreate, body, 'id')).toMatchObject({
      success: false,
      errors: [
        { path: 'contact.whatsApp', message: expect.stringContaining('nomor WhatsApp usaha') },
      ],
    });
    expect(validate(BusinessCreate, body, 'en')).toMatchObject({
      success: false,
      errors: [
        { path: 'contact.whatsApp', message: expect.stringContaining('business WhatsApp number') },
      ],
    });
  });

  it('refuses a landline as the WhatsApp number', () => {
    const body = { ...createBody, contact: { whatsApp: '(0343) 123456' } };
    expect(validate(BusinessCreate, body, 'en')).toMatchObject({
      success: false,
      errors: [{ path: 'contact.whatsApp', message: expect.stringContaining('mobile number') }],
    });
  });

  it('bounds hostile text', () => {
    expect(BusinessCreate.safeParse({ ...createBody, name: 'x'.repeat(121) }).success).toBe(false);
    expect(BusinessCreate.safeParse({ ...createBody, name: 'Toko\nBaru' }).success).toBe(false);
    expect(BusinessCreate.safeParse({ ...createBody, name: '   ' }).success).toBe(false);
    expect(BusinessCreate.safeParse({ ...createBody, description: 'a\u202eb' }).success).toBe(
      false,
    );
    expect(BusinessCreate.safeParse({ ...createBody, description: 'y'.repeat(2001) }).success).toBe(
      false,
    );
    // Markup is text like any other: escaping is the renderer's job, and JSON-LD escapes it.
    expect(
      BusinessCreate.safeParse({ ...createBody, name: '<script>alert(1)</script>' }).success,
    ).toBe(true);
  });

  it('yields a result or a ZodError for any input (property)', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            name: fc.string(),
            description: fc.string(),
            owner: fc.anything(),
            scale: fc.string(),
            location: fc.anything(),
            contact: fc.anything(),
            links: fc.anything(),
          },
          { requiredKeys: [] },
        ),
        (input) => {
          const result = BusinessCreate.safeParse({ ...createBody, ...input });
          return result.success || result.error.issues.length > 0;
        },
      ),
    );
  });
});

describe('BusinessUpdate', () => {
  it('leaves absent fields absent: no defaults sneak into a PATCH', () => {
    expect(BusinessUpdate.parse({ name: 'Nama Baru' })).toEqual({ name: 'Nama Baru' });
  });

  it('clears optional fields with null', () => {
    expect(BusinessUpdate.parse({ nib: null, geo: null })).toEqual({ nib: null, geo: null });
  });

  it('refuses an empty update, in both languages', () => {
    expect(validate(BusinessUpdate, {}, 'en')).toMatchObject({
      success: false,
      errors: [{ message: 'input: nothing to change: give at least one field' }],
    });
    expect(validate(BusinessUpdate, { name: undefined }, 'id')).toMatchObject({ success: false });
  });

  it('hides the street again when a replaced location omits the choice', () => {
    const parsed = BusinessUpdate.parse({
      location: { villageCode: '35.14.01.2001', street: 'Jl. Baru' },
    });
    expect(parsed.location?.showStreet).toBe(false);
  });
});

describe('BusinessVerificationRequest', () => {
  it('needs a reason to suspend', () => {
    expect(validate(BusinessVerificationRequest, { status: 'suspended' }, 'en')).toMatchObject({
      success: false,
      errors: [{ path: 'reason', message: expect.stringContaining('reason is required') }],
    });
    expect(
      BusinessVerificationRequest.safeParse({
        status: 'suspended',
        reason: 'Alamat tidak ditemukan',
      }).success,
    ).toBe(true);
    expect(BusinessVerificationRequest.safeParse({ status: 'verified' }).success).toBe(true);
    expect(BusinessVerificationRequest.safeParse({ status: 'deleted' }).success).toBe(false);
  });
});
