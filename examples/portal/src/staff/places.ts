import { getRegion } from '@cerdas/wilayah';

// Region names by Kemendagri code, loaded once per code (the data is split per province).
const names = new Map<string, string>();

/** Loads the names of these regions, so {@link placeName} can answer without waiting. */
export async function loadPlaces(codes: Iterable<string>): Promise<void> {
  const missing = [...new Set(codes)].filter((code) => !names.has(code));
  await Promise.all(
    missing.map(async (code) => {
      const region = await getRegion(code).catch(() => undefined);
      names.set(code, region?.name ?? code);
    }),
  );
}

/** The name of a region loaded before, or its code. */
export function placeName(code: string): string {
  return names.get(code) ?? code;
}
