// The shortest useful Cerdas program: Kabupaten Pasuruan's districts and their villages,
// straight from @cerdas/wilayah. Run it with `npm start` at the repository root, or
// `pnpm --filter @cerdas/example-quickstart start` after a build.
import { formatRupiah } from '@cerdas/model';
import { getRegion, listChildren } from '@cerdas/wilayah';

const REGENCY = process.env.CERDAS_REGION ?? '35.14';

const regency = await getRegion(REGENCY);
if (!regency) {
  console.error(`Unknown region code ${REGENCY}`);
  process.exit(1);
}

const districts = await listChildren(regency.code);
console.log(`${regency.name} (${regency.code}): ${districts.length} kecamatan\n`);

let villageTotal = 0;
for (const district of districts) {
  const villages = await listChildren(district.code);
  villageTotal += villages.length;
  const kelurahan = villages.filter((v) => v.kind === 'kelurahan').length;
  const desa = villages.length - kelurahan;
  console.log(
    `  ${district.code}  ${district.name.padEnd(18)} ${String(desa).padStart(3)} desa  ${String(kelurahan).padStart(2)} kelurahan`,
  );
}
console.log(`\n${villageTotal} desa/kelurahan in all.`);
console.log(`(And a rupiah amount, formatted the Indonesian way: ${formatRupiah(1_500_000)}.)`);
