import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  fromGeoJsonPoint,
  GeoPoint,
  INDONESIA_EXTENT,
  isWithinIndonesia,
  toGeoJsonPoint,
} from './geo.js';
import { validate } from './i18n.js';

const OUTSIDE_ID =
  'titik berada di luar wilayah Indonesia (periksa lintang, bujur, dan tanda minusnya)';
const OUTSIDE_EN =
  'the point lies outside Indonesia (check the latitude, the longitude and their signs)';

describe('isWithinIndonesia', () => {
  it.each([
    ['Kantor Bupati Pasuruan', -7.6453, 112.9075],
    ['Pulau Rondo, the northern extreme', 6.075, 95.1125],
    ['Pulau Ndana, the southern extreme', -11.01, 122.87],
    ['Pulau Benggala, the western extreme', 5.78, 94.9725],
    ['the border with Papua New Guinea south of the Fly River', -9.1, 141.0194],
    ['Merauke', -8.4932, 140.4018],
    ['Miangas', 5.5575, 126.5817],
  ])('holds %s', (_, lat, lng) => {
    expect(isWithinIndonesia({ lat, lng })).toBe(true);
  });

  it.each([
    ['Null Island', 0, 0],
    ['Pasuruan with the minus sign lost', 7.6453, 112.9075],
    ['Pasuruan with latitude and longitude swapped', 112.9075, -7.6453],
    ['Port Moresby', -9.4438, 147.1803],
    ['Darwin', -12.4634, 130.8456],
    ['Great Nicobar (India)', 7.0, 93.9],
  ])('does not hold %s', (_, lat, lng) => {
    expect(isWithinIndonesia({ lat, lng })).toBe(false);
  });

  it('includes its edges', () => {
    const { south, north, west, east } = INDONESIA_EXTENT;
    expect(isWithinIndonesia({ lat: south, lng: west })).toBe(true);
    expect(isWithinIndonesia({ lat: north, lng: east })).toBe(true);
    expect(isWithinIndonesia({ lat: south - 1e-9, lng: west })).toBe(false);
    expect(isWithinIndonesia({ lat: north, lng: east + 1e-9 })).toBe(false);
  });
});

describe('GeoPoint', () => {
  it('accepts a point in Indonesia', () => {
    expect(validate(GeoPoint, { lat: -7.6453, lng: 112.9075 })).toEqual({
      success: true,
      data: { lat: -7.6453, lng: 112.9075 },
    });
  });

  it('refuses a point outside Indonesia in both languages', () => {
    const Report = z.object({ lokasi: GeoPoint });
    const id = validate(Report, { lokasi: { lat: 0, lng: 0 } });
    const en = validate(Report, { lokasi: { lat: 0, lng: 0 } }, 'en');
    expect(id.success ? [] : id.errors.map((e) => e.message)).toEqual([`lokasi: ${OUTSIDE_ID}`]);
    expect(en.success ? [] : en.errors.map((e) => e.message)).toEqual([`lokasi: ${OUTSIDE_EN}`]);
  });

  it('reports an impossible coordinate on its own field, without the Indonesia message', () => {
    const result = validate(GeoPoint, { lat: 112.9, lng: -7.6 }, 'en');
    expect(result.success ? [] : result.errors.map((e) => e.message)).toEqual([
      'lat: must be at most 90',
    ]);
    const wrongType = validate(GeoPoint, { lat: '-7.6', lng: Number.NaN });
    expect(wrongType.success ? [] : wrongType.errors.map((e) => e.path)).toEqual(['lat', 'lng']);
  });

  it('publishes the WGS84 ranges in JSON Schema', () => {
    expect(z.toJSONSchema(GeoPoint)).toMatchObject({
      properties: {
        lat: { type: 'number', minimum: -90, maximum: 90 },
        lng: { type: 'number', minimum: -180, maximum: 180 },
      },
      required: ['lat', 'lng'],
    });
  });

  it('agrees with isWithinIndonesia and only ever fails with a ZodError', () => {
    fc.assert(
      fc.property(
        fc.record({
          lat: fc.double({ min: -100, max: 100 }),
          lng: fc.double({ min: -200, max: 200 }),
        }),
        (point) => {
          const valid =
            Math.abs(point.lat) <= 90 && Math.abs(point.lng) <= 180 && isWithinIndonesia(point);
          expect(GeoPoint.safeParse(point).success).toBe(valid);
        },
      ),
    );
    fc.assert(
      fc.property(fc.anything(), (input) => {
        try {
          GeoPoint.parse(input);
        } catch (error) {
          expect(error).toBeInstanceOf(z.core.$ZodError);
        }
      }),
    );
  });
});

describe('GeoJSON', () => {
  it('puts longitude first', () => {
    expect(toGeoJsonPoint({ lat: -7.6453, lng: 112.9075 })).toEqual({
      type: 'Point',
      coordinates: [112.9075, -7.6453],
    });
    expect(fromGeoJsonPoint({ coordinates: [112.9075, -7.6453, 12] })).toEqual({
      lat: -7.6453,
      lng: 112.9075,
    });
  });

  it('round-trips every point', () => {
    fc.assert(
      fc.property(
        fc.record({
          lat: fc.double({ min: INDONESIA_EXTENT.south, max: INDONESIA_EXTENT.north, noNaN: true }),
          lng: fc.double({ min: INDONESIA_EXTENT.west, max: INDONESIA_EXTENT.east, noNaN: true }),
        }),
        (point) => {
          expect(fromGeoJsonPoint(toGeoJsonPoint(point))).toEqual(point);
        },
      ),
    );
  });
});
