/**
 * The behaviour every Storage must have, run against each backend (SQLite in memory and
 * PostgreSQL). Expected lists come from the model's own matchers where it has them
 * (`matchesOpdQuery`, `matchesProposalQuery`, `matchesWorkPlanQuery`, `hasHalalCertificate`)
 * and otherwise from the query schemas' documented meaning, written out plainly below.
 */
import {
  type Business,
  encodeCursor,
  hasHalalCertificate,
  type IkmQuery,
  isComplaintOpen,
  mainKbliCategory,
  matchesOpdQuery,
  matchesProposalQuery,
  matchesWorkPlanQuery,
  type Page,
  type ProductPublic,
} from '@cerdas/model';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type BusinessListFilter,
  type ComplaintListFilter,
  Conflict,
  InvalidCursor,
  type OpdRepository,
  type PageRequest,
  type ProposalListFilter,
  RecordNotFound,
  type Repositories,
  type ServiceRequestListFilter,
  type Storage,
  TransactionMisuse,
  type WorkPlanRepository,
} from '../../src/storage/index.js';
import {
  BUSINESSES,
  business,
  COMPLAINTS,
  complaintRecord,
  IKM,
  OPDS,
  opd,
  PRODUCTS,
  PROPOSALS,
  productOf,
  proposal,
  REQUESTS,
  request,
  SCHEDULE,
  STANDARDS,
  standard,
  TODAY,
  token,
  upload,
  WORK_PLAN,
  workPlanEntry,
} from './records.js';

type Lister<T> = (page: PageRequest) => Promise<Page<T>>;

const byId = (item: unknown) => (item as { id: string }).id;

/** The `index`th record of a list (the lists are fixed, so it is always there). */
function one<T>(list: readonly T[], index = 0): T {
  const record = list[index];
  if (record === undefined) throw new Error(`no record ${index}`);
  return record;
}

/**
 * Walks a list page by page at several page sizes: every page but the last is full, the last
 * has `nextCursor: null` (also when it is exactly full), and together they hold `expected`
 * in order, each once.
 */
async function expectPages<T>(
  list: Lister<T>,
  expected: readonly string[],
  limits: readonly number[] = [2, 100],
  idOf: (item: T) => string = byId,
): Promise<void> {
  for (const limit of limits) {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    for (;;) {
      const page = await list({ limit, cursor });
      pages += 1;
      seen.push(...page.items.map(idOf));
      if (page.nextCursor === null) break;
      expect(page.items).toHaveLength(limit);
      if (pages > expected.length + 1) throw new Error('the list never ends');
      cursor = page.nextCursor;
    }
    expect(seen, `limit ${limit}`).toEqual(expected);
    expect(pages, `pages at limit ${limit}`).toBe(Math.max(1, Math.ceil(expected.length / limit)));
  }
}

/** Cursors no list accepts: garbled, of another shape, of another ordering. */
const BAD_CURSORS = [
  'not a cursor!',
  '%%%',
  encodeCursor(['name']),
  encodeCursor(['nonsense', 'a', 'b']),
  encodeCursor(['name', 1, 'x']),
  encodeCursor(['newest', 'a', 'b', 'c']),
];

async function expectInvalidCursors<T>(list: Lister<T>, others: readonly string[] = []) {
  for (const cursor of [...BAD_CURSORS, ...others]) {
    await expect(list({ limit: 5, cursor }), cursor).rejects.toBeInstanceOf(InvalidCursor);
  }
}

const lower = (text: string) => text.toLocaleLowerCase('id');
const words = (text: string | undefined) =>
  lower(text ?? '')
    .split(/\s+/)
    .filter(Boolean);
const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
const instant = (timestamp: string) => Date.parse(timestamp);

/** Newest first by instant (not by the text of the timestamp), then id descending. */
function newestFirst<T extends { id: string; createdAt: string }>(records: readonly T[]): string[] {
  return [...records]
    .sort((a, b) => instant(b.createdAt) - instant(a.createdAt) || compare(b.id, a.id))
    .map((record) => record.id);
}

/** The catalog as BusinessCatalogQuery and BusinessListFilter describe it. */
function expectedCatalog(
  filter: BusinessListFilter,
  products: readonly ProductPublic[] = PRODUCTS,
): string[] {
  const searchWords = words(filter.text);
  const haystack = (b: Business) =>
    lower(
      [
        b.name,
        b.description,
        ...(b.kbli?.codes ?? []),
        ...products.filter((p) => p.businessId === b.id).map((p) => p.name),
      ].join('\n'),
    );
  const found = BUSINESSES.filter(
    (b) =>
      searchWords.every((word) => haystack(b).includes(word)) &&
      filter.statuses.includes(b.verification.status) &&
      (filter.districtCode === undefined ||
        b.location.villageCode.startsWith(`${filter.districtCode}.`)) &&
      (filter.villageCode === undefined || b.location.villageCode === filter.villageCode) &&
      (filter.kbliCategory === undefined || mainKbliCategory(b.kbli) === filter.kbliCategory) &&
      (filter.kbliPrefix === undefined ||
        (b.kbli?.codes ?? []).some((code) => code.startsWith(filter.kbliPrefix ?? ''))) &&
      (filter.scale === undefined || b.scale === filter.scale) &&
      (filter.halal === undefined ||
        hasHalalCertificate(b.certifications, filter.today) === filter.halal),
  );
  const rank = (b: Business) =>
    filter.sort === 'relevance' && searchWords.every((word) => lower(b.name).includes(word))
      ? 0
      : 1;
  const sorted =
    filter.sort === 'newest'
      ? newestFirst(found)
      : [...found]
          .sort(
            (a, b) =>
              rank(a) - rank(b) || compare(lower(a.name), lower(b.name)) || compare(a.id, b.id),
          )
          .map((b) => b.id);
  return sorted;
}

const PUBLIC: BusinessListFilter['statuses'] = ['verified', 'pending'];
const EVERY_STATUS: BusinessListFilter['statuses'] = ['verified', 'pending', 'suspended'];

/**
 * The contract. `open` returns a new, empty, unmigrated storage each time; every block below
 * opens its own, so blocks never see each other's data.
 */
export function repositoryContract(name: string, open: () => Promise<Storage>): void {
  function useStorage(seed?: (storage: Storage) => Promise<void>): () => Storage {
    let storage: Storage | undefined;
    beforeAll(async () => {
      storage = await open();
      await storage.migrate();
      await seed?.(storage);
    });
    afterAll(async () => {
      await storage?.close();
    });
    return () => {
      if (!storage) throw new Error('storage is not open');
      return storage;
    };
  }

  describe(`storage contract (${name})`, () => {
    describe('lifecycle', () => {
      let storage: Storage;
      beforeAll(async () => {
        storage = await open();
      });
      afterAll(() => storage.close());

      test('migrating applies the schema once; again is a no-op; a fresh database is empty', async () => {
        expect(await storage.migrate()).toEqual(['0001_initial', '0002_complaint_resolved_date']);
        expect(await storage.migrate()).toEqual([]);
        expect(await storage.isEmpty()).toBe(true);
      });

      test('isEmpty turns false with the first business, OPD or complaint', async () => {
        await storage.sequences.next('unrelated');
        await storage.tokens.insert({ token: token({ id: 'tok-1' }), secretHash: 'h1' });
        expect(await storage.isEmpty()).toBe(true);
        await storage.opds.insert(one(OPDS));
        expect(await storage.isEmpty()).toBe(false);
      });

      test.each([
        ['business', (s: Storage) => s.businesses.insert(one(BUSINESSES))],
        ['complaint', (s: Storage) => s.complaints.insert(one(COMPLAINTS), 'r')],
      ])('isEmpty is false with only a %s', async (_kind, insert) => {
        const other = await open();
        try {
          await other.migrate();
          await insert(other);
          expect(await other.isEmpty()).toBe(false);
        } finally {
          await other.close();
        }
      });
    });

    describe('businesses', () => {
      const storage = useStorage(async (s) => {
        for (const record of BUSINESSES) await s.businesses.insert(record);
        for (const record of PRODUCTS) await s.products.insert(record);
      });
      const base = { today: TODAY, statuses: PUBLIC, sort: 'name' } as const;

      test('get returns each business exactly as inserted; an unknown id nothing', async () => {
        for (const record of BUSINESSES) {
          expect(await storage().businesses.get(record.id)).toEqual(record);
        }
        expect(await storage().businesses.get('nope')).toBeUndefined();
      });

      const filters: [string, Partial<BusinessListFilter>][] = [
        ['no filter', {}],
        ['every status', { statuses: EVERY_STATUS }],
        ['verified only', { statuses: ['verified'] }],
        ['no status at all', { statuses: [] }],
        ['one word', { text: 'kopi' }],
        ['words in any order, any case', { text: '  BUBUK   kopi ' }],
        ['a word from a product name only', { text: 'hampers' }],
        ['a KBLI code as a word', { text: '5630' }],
        ['words that never meet', { text: 'batik sambal' }],
        ['LIKE wildcards are literal', { text: 'kopi_bubuk' }],
        ['a percent sign', { text: '100%' }],
        ['district', { districtCode: '35.14.02' }],
        ['village', { villageCode: '35.14.01.2001' }],
        ['KBLI 2020 kategori', { kbliCategory: 'C' }],
        ['kategori I', { kbliCategory: 'I' }],
        ['KBLI prefix of a second code', { kbliPrefix: '563' }],
        ['KBLI prefix in a 2025 code', { kbliPrefix: '1076' }],
        ['scale', { scale: 'kecil' }],
        ['halal in force', { halal: true }],
        ['no halal in force', { halal: false }],
        ['combined', { text: 'kopi', districtCode: '35.14.02', statuses: EVERY_STATUS }],
        ['newest first by instant', { sort: 'newest', statuses: EVERY_STATUS }],
        ['relevance ranks name matches first', { sort: 'relevance', text: 'kopi' }],
        ['relevance with two words', { sort: 'relevance', text: 'keripik kopi' }],
        ['relevance without words sorts by name', { sort: 'relevance' }],
      ];
      test.each(filters)('list: %s', async (_label, partial) => {
        const filter: BusinessListFilter = { ...base, ...partial };
        const expected = expectedCatalog(filter);
        await expectPages((page) => storage().businesses.list(filter, page), expected, [1, 3, 100]);
        expect(await storage().businesses.count(filter)).toBe(expected.length);
      });

      test('name order is by code point of the lowered name on every server', async () => {
        const page = await storage().businesses.list(
          { ...base, statuses: EVERY_STATUS },
          { limit: 100 },
        );
        expect(page.items.map((b) => b.name)).toEqual([
          'batik Tulis Gerbo',
          'Keripik Tempe Bu Siti',
          'Kopi Bubuk Arjuno',
          'Kopi-Bubuk Sumber',
          'Kopiah Ikhlas',
          'Kripik Pisang Bu Siti',
          'Sambal Bawang Mak Ti',
          'Warung Kopi Tutur',
          'Warung Kopi Tutur',
        ]);
        expect(page.items.slice(-2).map(byId)).toEqual(['warung-tutur', 'warung_tutur']);
      });

      test('halal is judged on the given day, across separate periods of validity', async () => {
        for (const today of ['2021-05-05', '2023-06-01', TODAY, '2026-07-01', '2028-01-01']) {
          for (const halal of [true, false]) {
            const filter: BusinessListFilter = { ...base, statuses: EVERY_STATUS, today, halal };
            const page = await storage().businesses.list(filter, { limit: 100 });
            expect(page.items.map(byId), `${today} ${halal}`).toEqual(expectedCatalog(filter));
          }
        }
        const sambal = await storage().businesses.list(
          { ...base, halal: true, today: '2021-05-05' },
          { limit: 100 },
        );
        expect(sambal.items.map(byId)).toContain('sambal-mak-ti');
      });

      test('every list refuses cursors it did not make', async () => {
        const newest = await storage().businesses.list({ ...base, sort: 'newest' }, { limit: 1 });
        const nameCursor = (await storage().businesses.list(base, { limit: 1 })).nextCursor;
        expect(newest.nextCursor).not.toBeNull();
        await expectInvalidCursors(
          (page) => storage().businesses.list(base, page),
          [newest.nextCursor as string],
        );
        await expectInvalidCursors(
          (page) => storage().businesses.list({ ...base, sort: 'newest' }, page),
          [nameCursor as string],
        );
        await expectInvalidCursors((page) =>
          storage().businesses.list({ ...base, sort: 'relevance', text: 'kopi' }, page),
        );
      });

      test('a duplicate id is a Conflict and changes nothing', async () => {
        const copy = { ...one(BUSINESSES, 1), name: 'Tiruan' };
        await expect(storage().businesses.insert(copy)).rejects.toBeInstanceOf(Conflict);
        expect(await storage().businesses.get(copy.id)).toEqual(BUSINESSES[1]);
      });

      test('update replaces the record and every column the lists use', async () => {
        const original = business({ id: 'pindah', name: 'Tenun Pindahan' });
        await storage().businesses.insert(original);
        await storage().products.insert(
          productOf('pindah', { id: 'selendang', name: 'Selendang Lurik' }),
        );
        const moved = business({
          id: 'pindah',
          name: 'Tenun Lurik Baru',
          description: 'Tenun lurik.',
          location: { villageCode: '35.14.03.2001', showStreet: false },
          kbli: { version: '2020', codes: ['13121'] },
          scale: 'besar',
          certifications: [],
          verification: { status: 'pending' },
          updatedAt: '2026-06-01T08:00:00+07:00',
        });
        await storage().businesses.update(moved);
        expect(await storage().businesses.get('pindah')).toEqual(moved);
        const find = async (filter: Partial<BusinessListFilter>) =>
          (await storage().businesses.list({ ...base, ...filter }, { limit: 100 })).items.map(byId);
        expect(await find({ districtCode: '35.14.03' })).toEqual(['pindah']);
        expect(await find({ scale: 'besar', statuses: ['pending'] })).toEqual(['pindah']);
        expect(await find({ kbliPrefix: '131' })).toEqual(['pindah']);
        expect(await find({ halal: true })).not.toContain('pindah');
        expect(await find({ text: 'pindahan' })).toEqual([]);
        // The products' names stay searchable through the business after its update.
        expect(await find({ text: 'selendang' })).toEqual(['pindah']);
      });

      test('updating a business that does not exist is refused', async () => {
        await expect(
          storage().businesses.update(business({ id: 'tidak-ada' })),
        ).rejects.toBeInstanceOf(RecordNotFound);
        expect(await storage().businesses.get('tidak-ada')).toBeUndefined();
      });
    });

    describe('products', () => {
      const storage = useStorage(async (s) => {
        for (const record of BUSINESSES.slice(0, 3)) await s.businesses.insert(record);
        for (const record of PRODUCTS) await s.products.insert(record);
      });
      const search = async (text: string) =>
        (
          await storage().businesses.list(
            { text, today: TODAY, statuses: EVERY_STATUS, sort: 'name' },
            { limit: 100 },
          )
        ).items.map(byId);

      test('get, listByBusiness and forBusinesses return products as inserted, in order', async () => {
        for (const record of PRODUCTS) {
          expect(await storage().products.get(record.businessId, record.id)).toEqual(record);
        }
        expect(await storage().products.get('kopi-arjuno', 'keripik-tempe-250g')).toBeUndefined();
        await expectPages(
          (page) => storage().products.listByBusiness('keripik-bu-siti', page),
          ['keripik-tempe-250g', 'paket-hampers'],
          [1, 2, 100],
        );
        await expectPages((page) => storage().products.listByBusiness('nope', page), []);
        await expectInvalidCursors((page) =>
          storage().products.listByBusiness('keripik-bu-siti', page),
        );
        const grouped = await storage().products.forBusinesses([
          'keripik-bu-siti',
          'kopi-arjuno',
          'kopi_sumber',
        ]);
        expect(grouped).toEqual(
          new Map([
            ['keripik-bu-siti', [PRODUCTS[0], PRODUCTS[1]]],
            ['kopi-arjuno', [PRODUCTS[2]]],
            ['kopi_sumber', []],
          ]),
        );
        expect(await storage().products.forBusinesses([])).toEqual(new Map());
      });

      test('a duplicate product is a Conflict; a product of an unknown business is refused', async () => {
        await expect(storage().products.insert(one(PRODUCTS))).rejects.toBeInstanceOf(Conflict);
        await expect(
          storage().products.insert(productOf('nope', { id: 'x' })),
        ).rejects.toBeInstanceOf(RecordNotFound);
      });

      test('the business search text follows inserts, updates and deletes of products', async () => {
        const jahe = productOf('kopi_sumber', { id: 'jahe', name: 'Wedang Jahe Instan' });
        await storage().products.insert(jahe);
        expect(await search('wedang')).toEqual(['kopi_sumber']);
        const renamed = { ...jahe, name: 'Sirup Temulawak', updatedAt: '2026-02-01T08:00:00Z' };
        await storage().products.update(renamed);
        expect(await storage().products.get('kopi_sumber', 'jahe')).toEqual(renamed);
        expect(await search('wedang')).toEqual([]);
        expect(await search('temulawak')).toEqual(['kopi_sumber']);
        expect(await storage().products.delete('kopi_sumber', 'jahe')).toBe(true);
        expect(await storage().products.delete('kopi_sumber', 'jahe')).toBe(false);
        expect(await storage().products.delete('nope', 'jahe')).toBe(false);
        expect(await search('temulawak')).toEqual([]);
        await expect(storage().products.update(renamed)).rejects.toBeInstanceOf(RecordNotFound);
      });

      test('concurrent product inserts all reach the search text', async () => {
        const many = Array.from({ length: 12 }, (_, i) =>
          productOf('kopi_sumber', { id: `varian-${i}`, name: `Varian${i}x` }),
        );
        await Promise.all(many.map((p) => storage().products.insert(p)));
        for (const p of many) expect(await search(p.name)).toEqual(['kopi_sumber']);
      });
    });

    describe('OPDs and schedules', () => {
      const storage = useStorage(async (s) => {
        for (const record of OPDS) await s.opds.insert(record);
      });
      type OpdQuery = Parameters<OpdRepository['list']>[0];
      const expected = (query: OpdQuery) =>
        [...OPDS]
          .filter((o) => matchesOpdQuery(o, query))
          .sort((a, b) => compare(lower(a.name), lower(b.name)) || compare(a.id, b.id))
          .map((o) => o.id);

      test('get and all return OPDs as inserted, all of them by name', async () => {
        for (const record of OPDS) expect(await storage().opds.get(record.id)).toEqual(record);
        expect(await storage().opds.get('nope')).toBeUndefined();
        expect((await storage().opds.all()).map(byId)).toEqual(expected({}));
        expect(await storage().opds.all()).toEqual(
          expected({}).map((id) => OPDS.find((o) => o.id === id)),
        );
      });

      test.each<[string, OpdQuery]>([
        ['no filter', {}],
        ['bidang', { bidang: '3.30' }],
        ['bidang nobody carries', { bidang: '1.01' }],
        ['kind', { kind: 'dinas' }],
        ['text in the name', { text: 'dinas' }],
        ['text in the short name, any case', { text: 'BAPPEDA' }],
        ['a phrase across name and short name', { text: 'usaha mikro diskopum' }],
        ['words out of order are not the phrase', { text: 'mikro usaha' }],
        ['blank text', { text: '   ' }],
        ['LIKE wildcards are literal', { text: 'dinas_kesehatan' }],
        ['percent is literal', { text: 'dinas%kesehatan' }],
        ['combined', { kind: 'dinas', text: 'kes' }],
      ])('list: %s', async (_label, query) => {
        await expectPages((page) => storage().opds.list(query, page), expected(query), [1, 2, 100]);
      });

      test('list refuses foreign cursors', async () => {
        await expectInvalidCursors((page) => storage().opds.list({}, page));
      });

      test('Conflict on a duplicate id; update replaces; updating a missing OPD is refused', async () => {
        await expect(storage().opds.insert(one(OPDS))).rejects.toBeInstanceOf(Conflict);
        const renamed = opd({
          ...one(OPDS, 4),
          name: 'Dinas Kesehatan Daerah',
          bidang: ['1.02', '2.08'],
        });
        await storage().opds.update(renamed);
        expect(await storage().opds.get(renamed.id)).toEqual(renamed);
        expect((await storage().opds.list({ bidang: '2.08' }, { limit: 10 })).items).toEqual([
          renamed,
        ]);
        await expect(
          storage().opds.update(opd({ ...one(OPDS, 4), id: 'baru' })),
        ).rejects.toBeInstanceOf(RecordNotFound);
      });

      test('a schedule is absent until put, then replaced by the next put', async () => {
        expect(await storage().schedules.get(2027)).toBeUndefined();
        await storage().schedules.put(SCHEDULE);
        expect(await storage().schedules.get(2027)).toEqual(SCHEDULE);
        const moved = { ...SCHEDULE, pokirDueOn: '2026-03-02' };
        await storage().schedules.put(moved);
        expect(await storage().schedules.get(2027)).toEqual(moved);
        expect(await storage().schedules.get(2028)).toBeUndefined();
      });
    });

    describe('proposals', () => {
      const storage = useStorage(async (s) => {
        for (const record of PROPOSALS) await s.proposals.insert(record);
      });
      const expected = (filter: ProposalListFilter) =>
        newestFirst(
          PROPOSALS.filter(
            (p) =>
              matchesProposalQuery(p, { ...filter, bidang: undefined }) &&
              (filter.bidang === undefined || filter.bidang.includes(p.bidangUrusan)) &&
              (!filter.excludeDrafts || p.status !== 'draft'),
          ),
        );

      test('get returns each proposal as inserted', async () => {
        for (const record of PROPOSALS) {
          expect(await storage().proposals.get(record.id)).toEqual(record);
        }
        expect(await storage().proposals.get('nope')).toBeUndefined();
      });

      test.each<[string, ProposalListFilter]>([
        ['no filter', {}],
        ['year', { year: 2027 }],
        ['status', { status: 'submitted' }],
        ['source', { source: 'musrenbang-desa' }],
        ['region: a district and its villages', { region: '35.14.01' }],
        ['region: a village', { region: '35.14.01.2001' }],
        ['region: another district', { region: '35.14.02' }],
        ['bidang list', { bidang: ['2.17', '3.30'] }],
        ['empty bidang list', { bidang: [] }],
        ['without drafts', { excludeDrafts: true }],
        ['text in the title, any case', { text: 'JALAN' }],
        ['text in the problem', { text: 'sawah kekeringan' }],
        ['text is one phrase', { text: 'kekeringan sawah' }],
        ['blank text', { text: ' ' }],
        ['combined', { year: 2027, region: '35.14.01', bidang: ['1.03'], excludeDrafts: true }],
      ])('list: %s', async (_label, filter) => {
        await expectPages(
          (page) => storage().proposals.list(filter, page),
          expected(filter),
          [1, 3, 100],
        );
      });

      test('forYear returns the year newest first; list refuses foreign cursors', async () => {
        expect((await storage().proposals.forYear(2027)).map(byId)).toEqual(
          expected({ year: 2027 }),
        );
        expect(await storage().proposals.forYear(2030)).toEqual([]);
        await expectInvalidCursors((page) => storage().proposals.list({}, page));
      });

      test('Conflict on a duplicate id; update moves the columns; a missing one is refused', async () => {
        await expect(storage().proposals.insert(one(PROPOSALS))).rejects.toBeInstanceOf(Conflict);
        const submitted = proposal({
          id: 'usl-8',
          title: 'Lampu jalan',
          createdAt: '2026-01-01T00:00:00Z',
        });
        await storage().proposals.insert(submitted);
        const moved = { ...submitted, status: 'submitted' as const, regionCode: '35.14.03.2001' };
        await storage().proposals.update(moved);
        expect(await storage().proposals.get('usl-8')).toEqual(moved);
        expect(
          (await storage().proposals.list({ region: '35.14.03' }, { limit: 10 })).items,
        ).toEqual([moved]);
        await expect(
          storage().proposals.update(proposal({ id: 'usl-missing' })),
        ).rejects.toBeInstanceOf(RecordNotFound);
      });
    });

    describe('work plan', () => {
      const storage = useStorage(async (s) => {
        for (const record of WORK_PLAN) await s.workPlan.insert(record);
      });
      type Query = Parameters<WorkPlanRepository['list']>[0];
      const expected = (query: Query) =>
        [...WORK_PLAN]
          .filter((entry) => matchesWorkPlanQuery(entry, query))
          .sort(
            (a, b) =>
              a.fiscalYear - b.fiscalYear ||
              compare(a.subKegiatan, b.subKegiatan) ||
              compare(a.id, b.id),
          )
          .map((entry) => entry.id);

      test('get returns each entry as inserted', async () => {
        for (const record of WORK_PLAN) {
          expect(await storage().workPlan.get(record.id)).toEqual(record);
        }
        expect(await storage().workPlan.get('nope')).toBeUndefined();
      });

      test.each<[string, Query]>([
        ['no filter', {}],
        ['year', { year: 2027 }],
        ['OPD', { opd: 'diskopum' }],
        ['bidang code', { code: '1.03' }],
        ['program code', { code: '2.17.03' }],
        ['sub kegiatan code', { code: '1.03.10.2.01.0001' }],
        ['funding source', { fundingSource: 'pad' }],
        ['proposal', { proposal: 'usl-3' }],
        ['proposal id with an underscore', { proposal: 'usl_5' }],
        ['underscore is not a wildcard', { proposal: 'usl_3' }],
        ['region: a district', { region: '35.14.01' }],
        ['region: a village', { region: '35.14.01.2001' }],
        ['region: a village of another district', { region: '35.14.02.2001' }],
        ['region: the regency', { region: '35.14' }],
        ['region: the province', { region: '35' }],
        ['region: elsewhere', { region: '35.15' }],
        ['region: district 35.14.1x is not 35.14.01', { region: '35.14.10' }],
        ['combined', { year: 2027, opd: 'dpupr', region: '35.14.02' }],
      ])('list: %s', async (_label, query) => {
        await expectPages(
          (page) => storage().workPlan.list(query, page),
          expected(query),
          [1, 4, 100],
        );
      });

      test('forYear is in code order; list refuses foreign cursors', async () => {
        expect((await storage().workPlan.forYear(2027)).map(byId)).toEqual(
          expected({ year: 2027 }),
        );
        await expectInvalidCursors((page) => storage().workPlan.list({}, page));
      });

      test('Conflict on a duplicate id; update replaces; a missing one is refused', async () => {
        await expect(storage().workPlan.insert(one(WORK_PLAN))).rejects.toBeInstanceOf(Conflict);
        const updated = {
          ...one(WORK_PLAN, 3),
          locations: ['35.14.05'],
          progress: {
            physicalPercent: 40,
            financialRealisation: 100_000_000,
            updatedAt: '2026-07-01T08:00:00+07:00',
          },
        };
        await storage().workPlan.update(updated);
        expect(await storage().workPlan.get(updated.id)).toEqual(updated);
        expect(
          (await storage().workPlan.list({ region: '35.14.05', year: 2026 }, { limit: 5 })).items,
        ).toEqual([updated]);
        await expect(
          storage().workPlan.update(workPlanEntry({ id: 'rkpd-missing' })),
        ).rejects.toBeInstanceOf(RecordNotFound);
      });
    });

    describe('service standards', () => {
      const storage = useStorage(async (s) => {
        for (const record of STANDARDS) await s.services.insert(record);
      });
      type Query = Parameters<Storage['services']['list']>[0];
      const expected = (query: Query) =>
        STANDARDS.filter((s) => {
          const haystack = lower([s.name, s.description ?? '', ...s.keywords].join('\n'));
          return (
            words(query.text).every((word) => haystack.includes(word)) &&
            (query.opd === undefined || s.opdId === query.opd) &&
            (query.category === undefined || s.category === query.category) &&
            (query.status === undefined || s.status === query.status) &&
            (query.channel === undefined || s.channels.some((c) => c.kind === query.channel))
          );
        })
          .sort((a, b) => compare(lower(a.name), lower(b.name)) || compare(a.id, b.id))
          .map((s) => s.id);

      test('get returns each standard as inserted', async () => {
        for (const record of STANDARDS) {
          expect(await storage().services.get(record.id)).toEqual(record);
        }
        expect(await storage().services.get('nope')).toBeUndefined();
        expect(await storage().services.count()).toBe(STANDARDS.length);
      });

      test.each<[string, Query]>([
        ['no filter', {}],
        ['words in name and keywords', { text: 'kartu keluarga' }],
        ['a keyword, any case', { text: 'kk' }],
        ['words in the description', { text: 'kecil mikro' }],
        ['a word nowhere', { text: 'paspor' }],
        ['OPD', { opd: 'dispendukcapil' }],
        ['category', { category: 'perizinan' }],
        ['channel kind', { channel: 'mpp' }],
        ['status', { status: 'active' }],
        ['combined', { opd: 'dispendukcapil', channel: 'office', text: 'penerbitan' }],
      ])('list: %s', async (_label, query) => {
        await expectPages(
          (page) => storage().services.list(query, page),
          expected(query),
          [1, 3, 100],
        );
      });

      test('Conflict on a duplicate id; update replaces; a missing one is refused; bad cursors', async () => {
        await expect(storage().services.insert(one(STANDARDS))).rejects.toBeInstanceOf(Conflict);
        const closed = standard({ ...one(STANDARDS, 1), status: 'defunct' });
        await storage().services.update(closed);
        expect(await storage().services.get(closed.id)).toEqual(closed);
        expect((await storage().services.list({ status: 'defunct' }, { limit: 5 })).items).toEqual([
          closed,
        ]);
        await expect(storage().services.update(standard({ id: 'baru' }))).rejects.toBeInstanceOf(
          RecordNotFound,
        );
        // Every status is in the catalogue, so a defunct standard still counts.
        expect(await storage().services.count()).toBe(STANDARDS.length);
        await expectInvalidCursors((page) => storage().services.list({}, page));
      });
    });

    describe('service requests', () => {
      const storage = useStorage(async (s) => {
        for (const [index, record] of REQUESTS.entries()) {
          await s.serviceRequests.insert(record, `receipt-${index}`);
        }
      });
      const expected = (filter: ServiceRequestListFilter, records = REQUESTS) =>
        newestFirst(
          records.filter(
            (r) =>
              (filter.status === undefined || r.status === filter.status) &&
              (filter.service === undefined || r.serviceId === filter.service) &&
              (filter.opd === undefined || r.opdId === filter.opd) &&
              (filter.scopeOpd === undefined || r.opdId === filter.scopeOpd),
          ),
        );

      test('get and getByTrackingNumber return the request as inserted with its receipt hash', async () => {
        for (const [index, record] of REQUESTS.entries()) {
          const stored = { record, receiptHash: `receipt-${index}` };
          expect(await storage().serviceRequests.get(record.id)).toEqual(stored);
          expect(
            await storage().serviceRequests.getByTrackingNumber(record.trackingNumber),
          ).toEqual(stored);
        }
        expect(await storage().serviceRequests.get('nope')).toBeUndefined();
        expect(
          await storage().serviceRequests.getByTrackingNumber('LYN-3514-2026-999999'),
        ).toBeUndefined();
        expect(await storage().serviceRequests.count()).toBe(REQUESTS.length);
      });

      test.each<[string, ServiceRequestListFilter]>([
        ['no filter', {}],
        ['status', { status: 'submitted' }],
        ['service', { service: 'kk-baru' }],
        ['OPD', { opd: 'dinkes' }],
        ['the caller’s OPD scope', { scopeOpd: 'dispendukcapil' }],
        ['OPD and a different scope', { opd: 'dinkes', scopeOpd: 'dispendukcapil' }],
      ])('list: %s', async (_label, filter) => {
        await expectPages(
          (page) => storage().serviceRequests.list(filter, page),
          expected(filter),
          [1, 2, 100],
        );
      });

      test.each<[string, ServiceRequestListFilter, string[]]>([
        // Local dates: req-2 (20:00Z on the 16th) was filed on the 17th in WIB; req-5
        // (16:30Z on the 16th) on the 17th in WITA; req_4 (16:59:59Z on the 15th) on the 15th.
        ['one local day', { from: '2026-03-16', to: '2026-03-16' }, ['req-1']],
        [
          'the next local day',
          { from: '2026-03-17', to: '2026-03-17' },
          ['req-3', 'req-2', 'req-5'],
        ],
        ['from only', { from: '2026-03-17' }, ['req-3', 'req-2', 'req-5']],
        ['to only', { to: '2026-03-15' }, ['req_4']],
        ['an empty range', { from: '2026-03-18', to: '2026-03-17' }, []],
        [
          'dates and OPD',
          { from: '2026-03-15', opd: 'dispendukcapil' },
          ['req-2', 'req-5', 'req-1', 'req_4'],
        ],
      ])('list by submission date: %s', async (_label, filter, ids) => {
        await expectPages((page) => storage().serviceRequests.list(filter, page), ids, [1, 100]);
      });

      test('Conflict on a duplicate id or tracking number; update keeps the receipt hash', async () => {
        await expect(storage().serviceRequests.insert(one(REQUESTS), 'x')).rejects.toBeInstanceOf(
          Conflict,
        );
        await expect(
          storage().serviceRequests.insert({ ...one(REQUESTS), id: 'req-new' }, 'x'),
        ).rejects.toBeInstanceOf(Conflict);
        expect(await storage().serviceRequests.get('req-new')).toBeUndefined();
        const verified = request({ ...one(REQUESTS), status: 'verified' });
        await storage().serviceRequests.update(verified);
        expect(await storage().serviceRequests.get(verified.id)).toEqual({
          record: verified,
          receiptHash: 'receipt-0',
        });
        expect(
          (await storage().serviceRequests.list({ status: 'verified' }, { limit: 10 })).items.map(
            byId,
          ),
        ).toContain(verified.id);
        await expect(
          storage().serviceRequests.update(
            request({ ...one(REQUESTS, 1), trackingNumber: verified.trackingNumber }),
          ),
        ).rejects.toBeInstanceOf(Conflict);
        await expect(
          storage().serviceRequests.update(request({ id: 'missing' })),
        ).rejects.toBeInstanceOf(RecordNotFound);
        await expectInvalidCursors((page) => storage().serviceRequests.list({}, page));
      });
    });

    describe('complaints', () => {
      const storage = useStorage(async (s) => {
        for (const [index, record] of COMPLAINTS.entries()) {
          await s.complaints.insert(record, `receipt-${index}`);
        }
      });
      const expected = (filter: ComplaintListFilter) =>
        newestFirst(
          COMPLAINTS.filter(
            (c) =>
              (filter.status === undefined || c.status === filter.status) &&
              (filter.kind === undefined || c.kind === filter.kind) &&
              (filter.category === undefined || c.category === filter.category) &&
              (filter.opd === undefined || c.opdId === filter.opd) &&
              (filter.scopeOpd === undefined || c.opdId === filter.scopeOpd) &&
              (filter.district === undefined || c.regionCode.slice(0, 8) === filter.district),
          ),
        );

      test('get and getByTrackingNumber return the complaint as inserted with its receipt hash', async () => {
        for (const [index, record] of COMPLAINTS.entries()) {
          const stored = { record, receiptHash: `receipt-${index}` };
          expect(await storage().complaints.get(record.id)).toEqual(stored);
          expect(await storage().complaints.getByTrackingNumber(record.trackingNumber)).toEqual(
            stored,
          );
        }
        expect(await storage().complaints.get('nope')).toBeUndefined();
        expect(await storage().complaints.count()).toBe(COMPLAINTS.length);
        // received, dispatched, in-progress are open; resolved, rejected, closed are not.
        expect(await storage().complaints.countOpen()).toBe(3);
      });

      test.each<[string, ComplaintListFilter]>([
        ['no filter', {}],
        ['status', { status: 'received' }],
        ['kind', { kind: 'aspirasi' }],
        ['category', { category: 'infrastruktur-jalan' }],
        ['OPD', { opd: 'dpupr' }],
        ['the caller’s OPD scope', { scopeOpd: 'dlh' }],
        ['district of a village code', { district: '35.14.02' }],
        ['district of a district code', { district: '35.14.01' }],
        ['combined', { opd: 'dpupr', category: 'infrastruktur-jalan' }],
      ])('list: %s', async (_label, filter) => {
        await expectPages(
          (page) => storage().complaints.list(filter, page),
          expected(filter),
          [1, 4, 100],
        );
      });

      test.each<[string, ComplaintListFilter, string[]]>([
        ['16 March in WIB', { from: '2026-03-16', to: '2026-03-16' }, ['adu-1']],
        ['17 March in WIB', { from: '2026-03-17', to: '2026-03-17' }, ['adu-2', 'adu-5']],
        ['15 March', { to: '2026-03-15' }, ['adu-4']],
        ['from 18 March', { from: '2026-03-18' }, ['adu-6', 'adu-3']],
      ])('list by submission date: %s', async (_label, filter, ids) => {
        await expectPages((page) => storage().complaints.list(filter, page), ids, [1, 100]);
      });

      test('Conflict on duplicates; update moves status and OPD; a missing one is refused', async () => {
        await expect(storage().complaints.insert(one(COMPLAINTS), 'x')).rejects.toBeInstanceOf(
          Conflict,
        );
        await expect(
          storage().complaints.insert({ ...one(COMPLAINTS), id: 'adu-new' }, 'x'),
        ).rejects.toBeInstanceOf(Conflict);
        const dispatched = complaintRecord({
          ...one(COMPLAINTS),
          status: 'dispatched',
          opdId: 'dlh',
        });
        await storage().complaints.update(dispatched);
        expect(await storage().complaints.get(dispatched.id)).toEqual({
          record: dispatched,
          receiptHash: 'receipt-0',
        });
        expect(
          (await storage().complaints.list({ scopeOpd: 'dlh' }, { limit: 10 })).items.map(byId),
        ).toEqual(['adu-2', 'adu-1']);
        expect(await storage().complaints.countOpen()).toBe(3);
        await expect(
          storage().complaints.update(complaintRecord({ id: 'missing' })),
        ).rejects.toBeInstanceOf(RecordNotFound);
        await expectInvalidCursors((page) => storage().complaints.list({}, page));
      });

      test('countOpen counts exactly the open statuses of the model', async () => {
        expect(await storage().complaints.countOpen()).toBe(
          COMPLAINTS.filter((c) => isComplaintOpen(c.status)).length,
        );
      });

      test('countResolvedBetween counts resolved and closed ones by the local date of their latest resolution', async () => {
        // adu-3 (resolved) and adu-6 (closed) carry no resolve step: their updatedAt counts.
        const at = (id: string) => COMPLAINTS.find((c) => c.id === id)?.updatedAt;
        expect([at('adu-3'), at('adu-6')].every((t) => t?.startsWith('2026-'))).toBe(true);
        expect(await storage().complaints.countResolvedBetween('2026-01-01', '2026-12-31')).toBe(2);
        expect(await storage().complaints.countResolvedBetween('2025-01-01', '2025-12-31')).toBe(0);
        // Resolved at 23:30 WIB on 31 December 2025 (16:30Z), and at 00:30 WIB on 1 January 2026
        // (17:30Z the day before): the year is the regency's, not UTC's.
        const resolvedAt = (id: string, when: string, status: 'resolved' | 'closed') =>
          complaintRecord({
            id,
            trackingNumber: `ADU-3514-2025-0000${id.slice(-2)}`,
            status,
            opdId: 'dpupr',
            createdAt: '2025-12-01T08:00:00+07:00',
            updatedAt: '2026-01-05T08:00:00+07:00',
            history: [
              {
                action: 'submit',
                to: 'received',
                at: '2025-12-01T08:00:00+07:00',
                actor: { role: 'citizen' },
              },
              {
                action: 'resolve',
                from: 'in-progress',
                to: 'resolved',
                at: when,
                actor: { role: 'opd', id: 'tok-dpupr', opdId: 'dpupr' },
                publicNote: 'Sudah diperbaiki.',
              },
              ...(status === 'closed'
                ? [
                    {
                      action: 'close' as const,
                      from: 'resolved' as const,
                      to: 'closed' as const,
                      at: '2026-01-05T08:00:00+07:00',
                      actor: { role: 'admin' as const, id: 'tok-admin' },
                    },
                  ]
                : []),
            ],
          });
        await storage().complaints.insert(
          resolvedAt('adu-91', '2025-12-31T16:30:00Z', 'closed'),
          'r91',
        );
        await storage().complaints.insert(
          resolvedAt('adu-92', '2025-12-31T17:30:00Z', 'resolved'),
          'r92',
        );
        expect(await storage().complaints.countResolvedBetween('2025-01-01', '2025-12-31')).toBe(1);
        expect(await storage().complaints.countResolvedBetween('2026-01-01', '2026-12-31')).toBe(3);
        expect(await storage().complaints.countResolvedBetween('2026-01-01', '2026-01-01')).toBe(1);
        // Reopened: no longer resolved, so no longer counted; rejected ones never are.
        const reopened = resolvedAt('adu-92', '2025-12-31T17:30:00Z', 'resolved');
        await storage().complaints.update({
          ...reopened,
          status: 'in-progress',
          history: [
            ...reopened.history,
            {
              action: 'reopen',
              from: 'resolved',
              to: 'in-progress',
              at: '2026-01-06T08:00:00+07:00',
              actor: { role: 'citizen' },
              internalNote: 'Masih rusak.',
            },
          ],
        });
        expect(await storage().complaints.countResolvedBetween('2026-01-01', '2026-12-31')).toBe(2);
        expect(await storage().complaints.countOpen()).toBe(
          COMPLAINTS.filter((c) => isComplaintOpen(c.status)).length + 1,
        );
      });
    });

    describe('IKM answers', () => {
      const storage = useStorage(async (s) => {
        for (const record of IKM) await s.ikm.insert(record);
      });

      test.each<[string, IkmQuery, string[]]>([
        ['everything', {}, ['ikm-1', 'ikm-2', 'ikm-3', 'ikm-4']],
        ['one service', { service: 'kk-baru' }, ['ikm-1', 'ikm-2']],
        ['one OPD', { opd: 'dispendukcapil' }, ['ikm-1', 'ikm-2', 'ikm-4']],
        ['a date range, inclusive', { from: '2026-03-17', to: '2026-03-18' }, ['ikm-2', 'ikm-3']],
        ['OPD and dates', { opd: 'dispendukcapil', from: '2026-03-17' }, ['ikm-2', 'ikm-4']],
        ['nothing in range', { to: '2026-03-01' }, []],
      ])('find: %s', async (_label, query, ids) => {
        const found = await storage().ikm.find(query);
        expect(found).toEqual(ids.map((id) => IKM.find((r) => r.id === id)));
      });

      test('a duplicate id is a Conflict', async () => {
        await expect(storage().ikm.insert(one(IKM))).rejects.toBeInstanceOf(Conflict);
      });
    });

    describe('tokens and uploads', () => {
      const storage = useStorage();

      test('tokens: insert, find by secret hash, list, touch and revoke', async () => {
        const admin = token({
          id: 'tok-admin',
          role: 'admin',
          label: 'Admin',
          opdId: undefined,
          createdAt: '2026-01-01T08:00:00+07:00',
        });
        const operator = token({ id: 'tok-opd', expiresAt: '2027-01-01T00:00:00+07:00' });
        await storage().tokens.insert({ token: operator, secretHash: 'hash-opd' });
        await storage().tokens.insert({ token: admin, secretHash: 'hash-admin' });
        expect(await storage().tokens.findBySecretHash('hash-opd')).toEqual(operator);
        expect(await storage().tokens.findBySecretHash('nope')).toBeUndefined();
        expect(await storage().tokens.get('tok-admin')).toEqual(admin);
        expect(await storage().tokens.list()).toEqual([admin, operator]);

        await storage().tokens.touch('tok-opd', '2026-03-01T08:00:00+07:00');
        expect(await storage().tokens.revoke('tok-opd', '2026-03-02T08:00:00+07:00')).toBe(true);
        expect(await storage().tokens.revoke('tok-opd', '2026-03-09T08:00:00+07:00')).toBe(true);
        await storage().tokens.touch('tok-opd', '2026-03-03T08:00:00+07:00');
        expect(await storage().tokens.findBySecretHash('hash-opd')).toEqual({
          ...operator,
          lastUsedAt: '2026-03-03T08:00:00+07:00',
          revokedAt: '2026-03-02T08:00:00+07:00',
        });
        expect(await storage().tokens.revoke('nope', '2026-03-02T08:00:00+07:00')).toBe(false);
        await storage().tokens.touch('nope', '2026-03-02T08:00:00+07:00');

        await expect(
          storage().tokens.insert({ token: token({ id: 'tok-opd' }), secretHash: 'other' }),
        ).rejects.toBeInstanceOf(Conflict);
        await expect(
          storage().tokens.insert({ token: token({ id: 'tok-x' }), secretHash: 'hash-opd' }),
        ).rejects.toBeInstanceOf(Conflict);
      });

      test('uploads: insert, get by id or path, attach only free ones', async () => {
        const photo = upload({ id: 'up-1', alt: 'Lubang di jalan' });
        const doc = upload({
          id: 'up-2',
          purpose: 'request-document',
          mime: 'application/pdf',
          width: undefined,
          height: undefined,
        });
        const used = upload({ id: 'up_3', owner: 'proposal:usl-1' });
        for (const u of [photo, doc, used]) await storage().uploads.insert(u);
        expect(await storage().uploads.get('up-1')).toEqual(photo);
        expect(await storage().uploads.getByPath(doc.path)).toEqual(doc);
        expect(await storage().uploads.get('up_3')).toEqual(used);
        expect(await storage().uploads.get('nope')).toBeUndefined();

        expect(
          await storage().uploads.attach(['up-2', 'up_3', 'nope', 'up-1'], 'complaint:adu-1'),
        ).toEqual(['up-2', 'up-1']);
        expect(await storage().uploads.attach(['up-1'], 'complaint:adu-2')).toEqual([]);
        expect(await storage().uploads.attach([], 'complaint:adu-2')).toEqual([]);
        expect(await storage().uploads.get('up-1')).toEqual({ ...photo, owner: 'complaint:adu-1' });
        expect(await storage().uploads.get('up_3')).toEqual(used);

        await expect(
          storage().uploads.insert(upload({ id: 'up-1', path: 'x/y.webp' })),
        ).rejects.toBeInstanceOf(Conflict);
        await expect(
          storage().uploads.insert(upload({ id: 'up-9', path: photo.path })),
        ).rejects.toBeInstanceOf(Conflict);
      });

      test('two submissions racing for the same uploads never both get one', async () => {
        const ids = ['race-1', 'race-2', 'race-3'];
        for (const id of ids) await storage().uploads.insert(upload({ id }));
        const results = await Promise.all(
          Array.from({ length: 6 }, (_, i) =>
            storage().transaction((tx) => tx.uploads.attach(ids, `complaint:c${i}`)),
          ),
        );
        expect(results.flat().sort()).toEqual(ids);
      });
    });

    describe('transactions', () => {
      const storage = useStorage();

      test('commit keeps everything and returns the result of work', async () => {
        const result = await storage().transaction(async (tx) => {
          await tx.opds.insert(one(OPDS));
          return tx.sequences.next('commit');
        });
        expect(result).toBe(1);
        expect(await storage().opds.get(one(OPDS).id)).toEqual(OPDS[0]);
      });

      test('an error rolls back every write, counters and claims included', async () => {
        const failure = new Error('handler failed');
        await expect(
          storage().transaction(async (tx) => {
            await tx.businesses.insert(one(BUSINESSES));
            await tx.products.insert(one(PRODUCTS));
            await tx.complaints.insert(one(COMPLAINTS), 'r');
            expect(await tx.sequences.next('rollback')).toBe(1);
            expect(await tx.idempotency.claim('op', 'k-rollback', 'h', TODAY)).toEqual({
              state: 'new',
            });
            await tx.idempotency.complete('op', 'k-rollback', 201, { ok: true });
            expect(await tx.businesses.get(one(BUSINESSES).id)).toBeDefined();
            throw failure;
          }),
        ).rejects.toBe(failure);
        expect(await storage().businesses.get(one(BUSINESSES).id)).toBeUndefined();
        expect(await storage().complaints.count()).toBe(0);
        expect(await storage().sequences.next('rollback')).toBe(1);
        const claim = await storage().transaction((tx) =>
          tx.idempotency.claim('op', 'k-rollback', 'h', TODAY),
        );
        expect(claim).toEqual({ state: 'new' });
      });

      test('after a Conflict the transaction goes on and commits the rest', async () => {
        await storage().transaction(async (tx) => {
          await tx.opds.insert(one(OPDS, 1));
          await expect(tx.opds.insert(one(OPDS, 1))).rejects.toBeInstanceOf(Conflict);
          await tx.opds.insert(one(OPDS, 2));
        });
        expect(await storage().opds.get(one(OPDS, 2).id)).toEqual(OPDS[2]);
      });

      test('using the storage itself inside a transaction fails at once instead of hanging', async () => {
        await storage().transaction(async (tx) => {
          await expect(storage().opds.get('x')).rejects.toBeInstanceOf(TransactionMisuse);
          await expect(storage().transaction(async () => 1)).rejects.toBeInstanceOf(
            TransactionMisuse,
          );
          await expect(storage().isEmpty()).rejects.toBeInstanceOf(TransactionMisuse);
          expect(await tx.opds.get('x')).toBeUndefined();
        });
      });

      test('a tx cannot be used after its transaction ended', async () => {
        let leaked: Repositories | undefined;
        await storage().transaction(async (tx) => {
          leaked = tx;
        });
        await expect(leaked?.opds.get('x')).rejects.toBeInstanceOf(TransactionMisuse);
      });

      test('other requests wait for a transaction rather than fail or deadlock', async () => {
        let release: () => void = () => {};
        const held = new Promise<void>((resolve) => {
          release = resolve;
        });
        let started: () => void = () => {};
        const inside = new Promise<void>((resolve) => {
          started = resolve;
        });
        const slow = storage().transaction(async (tx) => {
          await tx.sequences.next('held');
          started();
          await held;
          return tx.sequences.next('held');
        });
        await inside;
        const meanwhile = Promise.all([
          storage().sequences.next('held'),
          storage().opds.all(),
          storage().transaction((tx) => tx.sequences.next('held')),
        ]);
        setTimeout(release, 30);
        const [last, [single, , inTx]] = await Promise.all([slow, meanwhile]);
        expect(last).toBe(2);
        expect([single, inTx].sort()).toEqual([3, 4]);
      });
    });

    describe('idempotency keys', () => {
      const storage = useStorage();
      const claim = (key: string, hash: string) =>
        storage().transaction((tx) => tx.idempotency.claim('complaints.create', key, hash, TODAY));

      test('a key answers new, then replays the stored response, and refuses another body', async () => {
        const first = await storage().transaction(async (tx) => {
          const claimed = await tx.idempotency.claim('complaints.create', 'k1', 'hash-a', TODAY);
          await tx.idempotency.complete('complaints.create', 'k1', 201, { id: 'adu-1' });
          return claimed;
        });
        expect(first).toEqual({ state: 'new' });
        expect(await claim('k1', 'hash-a')).toEqual({
          state: 'replay',
          status: 201,
          body: { id: 'adu-1' },
        });
        expect(await claim('k1', 'hash-b')).toEqual({ state: 'mismatch' });
        const other = await storage().transaction((tx) =>
          tx.idempotency.claim('proposals.create', 'k1', 'hash-b', TODAY),
        );
        expect(other).toEqual({ state: 'new' });
      });

      test('a claim committed without a response answers new again, until completed', async () => {
        expect(await claim('k2', 'hash-a')).toEqual({ state: 'new' });
        expect(await claim('k2', 'hash-b')).toEqual({ state: 'mismatch' });
        await storage().transaction(async (tx) => {
          expect(await tx.idempotency.claim('complaints.create', 'k2', 'hash-a', TODAY)).toEqual({
            state: 'new',
          });
          await tx.idempotency.complete('complaints.create', 'k2', 200, ['done']);
        });
        expect(await claim('k2', 'hash-a')).toEqual({
          state: 'replay',
          status: 200,
          body: ['done'],
        });
      });

      test('claims and completions run only inside a transaction', async () => {
        await expect(
          storage().idempotency.claim('complaints.create', 'k3', 'h', TODAY),
        ).rejects.toBeInstanceOf(TransactionMisuse);
        await expect(
          storage().idempotency.complete('complaints.create', 'k3', 201, {}),
        ).rejects.toBeInstanceOf(TransactionMisuse);
        await expect(
          storage().transaction((tx) =>
            tx.idempotency.complete('complaints.create', 'k3', 201, {}),
          ),
        ).rejects.toBeInstanceOf(TransactionMisuse);
      });

      test('20 concurrent requests with one key: one runs, 19 replay its response', async () => {
        const results = await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            storage().transaction(async (tx) => {
              const claimed = await tx.idempotency.claim('complaints.create', 'k-race', 'h', TODAY);
              if (claimed.state !== 'new') return claimed;
              // Hold the claim a moment so that the others really run into it.
              await new Promise((resolve) => setTimeout(resolve, 25));
              const number = await tx.sequences.next('race');
              await tx.idempotency.complete('complaints.create', 'k-race', 201, { number, by: i });
              return claimed;
            }),
          ),
        );
        const winners = results.filter((r) => r.state === 'new');
        const replays = results.filter((r) => r.state === 'replay');
        expect(winners).toHaveLength(1);
        expect(replays).toHaveLength(19);
        const bodies = new Set(replays.map((r) => JSON.stringify(r)));
        expect(bodies.size).toBe(1);
        expect(replays[0]).toMatchObject({ state: 'replay', status: 201, body: { number: 1 } });
        expect(await storage().sequences.next('race')).toBe(2);
      });
    });

    describe('sequences', () => {
      const storage = useStorage();

      test('each name counts from 1 on its own', async () => {
        expect(await storage().sequences.next('ADU-3514-2026')).toBe(1);
        expect(await storage().sequences.next('ADU-3514-2026')).toBe(2);
        expect(await storage().sequences.next('LYN-3514-2026')).toBe(1);
        expect(await storage().sequences.next('ADU-3514-2026')).toBe(3);
      });

      test('100 concurrent transactions get 1..100, each once', async () => {
        const numbers = await Promise.all(
          Array.from({ length: 100 }, () =>
            storage().transaction((tx) => tx.sequences.next('concurrent')),
          ),
        );
        expect([...numbers].sort((a, b) => a - b)).toEqual(
          Array.from({ length: 100 }, (_, i) => i + 1),
        );
      });

      test('100 concurrent calls outside transactions get 1..100, each once', async () => {
        const numbers = await Promise.all(
          Array.from({ length: 100 }, () => storage().sequences.next('plain')),
        );
        expect(new Set(numbers).size).toBe(100);
        expect(Math.max(...numbers)).toBe(100);
      });
    });
  });
}
