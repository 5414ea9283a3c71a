import * as z from 'zod/mini';
import { localized } from './i18n.js';

/**
 * Indonesia's extent as a box. Land extremes on Badan Informasi Geospasial's 2017 NKRI map:
 * 6°04′30″N (Pulau Rondo, Sabang), 11°00′36″S (Pulau Ndana/Pamana, Rote Ndao),
 * 94°58′21″E (Pulau Benggala, Aceh) and 141°01′10″E (the border meridian with Papua New Guinea
 * south of the Fly River). Widened by about 0.1° (~10 km) so coastal points and GPS error pass.
 */
export const INDONESIA_EXTENT = {
  south: -11.1,
  north: 6.2,
  west: 94.8,
  east: 141.1,
} as const;

/** Whether a point lies within {@link INDONESIA_EXTENT}. */
export function isWithinIndonesia(point: { readonly lat: number; readonly lng: number }): boolean {
  const { south, north, west, east } = INDONESIA_EXTENT;
  return point.lat >= south && point.lat <= north && point.lng >= west && point.lng <= east;
}

/**
 * A point in WGS84 degrees (`{ lat, lng }`) that lies in Indonesia. The check is the box
 * {@link INDONESIA_EXTENT}, a plausibility test that catches a lost minus sign, swapped coordinates and (0, 0);
 * the box also holds parts of Malaysia, Singapore, Brunei, Timor-Leste, the southern
 * Philippines and Christmas Island, so whether a point lies in a given region is a question
 * for region boundaries, not for this schema.
 */
export const GeoPoint = z
  .object({
    lat: z.number().check(z.gte(-90), z.lte(90)),
    lng: z.number().check(z.gte(-180), z.lte(180)),
  })
  .check(
    z.refine(isWithinIndonesia, {
      ...localized(
        'titik berada di luar wilayah Indonesia (periksa lintang, bujur, dan tanda minusnya)',
        'the point lies outside Indonesia (check the latitude, the longitude and their signs)',
      ),
      when: (payload) => payload.issues.length === 0,
    }),
  );
export type GeoPoint = z.infer<typeof GeoPoint>;

/** A GeoJSON Point (RFC 7946 §3.1.2); positions are `[longitude, latitude]`, in that order. */
export interface GeoJsonPoint {
  readonly type: 'Point';
  readonly coordinates: readonly [lng: number, lat: number];
}

/** `{ lat, lng }` → GeoJSON Point `[lng, lat]` (RFC 7946 puts longitude first). */
export function toGeoJsonPoint(point: GeoPoint): GeoJsonPoint {
  return { type: 'Point', coordinates: [point.lng, point.lat] };
}

/**
 * GeoJSON Point `[lng, lat, altitude?]` → `{ lat, lng }`, dropping any altitude. It only
 * reorders: validate the result with {@link GeoPoint} when it comes from outside.
 */
export function fromGeoJsonPoint(geometry: {
  readonly coordinates: readonly [number, number, ...number[]];
}): { lat: number; lng: number } {
  const [lng, lat] = geometry.coordinates;
  return { lat, lng };
}
