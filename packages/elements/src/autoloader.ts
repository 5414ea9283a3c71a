/**
 * The autoloader for CMS pages: load it once, then write `<cerdas-…>` tags anywhere — each
 * widget's code is fetched the first time its tag appears on the page, including tags added
 * later (a page builder, a tab that opens).
 *
 * ```html
 * <script type="module" src="https://cdn.example/@cerdas/elements/dist/autoloader.js"></script>
 * <cerdas-umkm-catalog api-base="https://portal.example.go.id/api"></cerdas-umkm-catalog>
 * ```
 */
const loaders: Record<string, () => Promise<unknown>> = {
  'cerdas-umkm-catalog': () => import('./umkm-catalog/define.js'),
  'cerdas-umkm-profile': () => import('./umkm-profile/define.js'),
  'cerdas-service-directory': () => import('./service-directory/define.js'),
  'cerdas-complaint-form': () => import('./complaint-form/define.js'),
  'cerdas-tracker': () => import('./tracker/define.js'),
  'cerdas-proposal-form': () => import('./proposal-form/define.js'),
  'cerdas-planning-dashboard': () => import('./planning-dashboard/define.js'),
  'cerdas-region-picker': () => import('./region-picker/define.js'),
  'cerdas-ikm-survey': () => import('./ikm-survey/define.js'),
  'cerdas-ikm-badge': () => import('./ikm-badge/define.js'),
};

const requested = new Set<string>();

/** Loads the definers of every undefined Cerdas tag inside `root`. */
export async function discover(root: ParentNode = document): Promise<void> {
  const tags = new Set<string>();
  if (root instanceof Element && root.localName.startsWith('cerdas-')) tags.add(root.localName);
  for (const element of root.querySelectorAll(':not(:defined)')) {
    if (element.localName.startsWith('cerdas-')) tags.add(element.localName);
  }
  await Promise.all(
    [...tags].map((tag) => {
      const load = loaders[tag];
      if (!load || requested.has(tag) || customElements.get(tag)) return undefined;
      requested.add(tag);
      return load().catch((error: unknown) => {
        requested.delete(tag);
        console.error(`[cerdas] could not load <${tag}>`, error);
      });
    }),
  );
}

if (typeof document !== 'undefined') {
  void discover(document);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) void discover(node);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}
