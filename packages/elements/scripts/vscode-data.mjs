// VS Code HTML custom data from custom-elements.json, so editors complete `<cerdas-…>` tags
// and their attributes. Point `html.customData` at this package's vscode.html-custom-data.json.
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const tags = [];
for (const module of manifest.modules ?? []) {
  for (const declaration of module.declarations ?? []) {
    if (!declaration.tagName) continue;
    tags.push({
      name: declaration.tagName,
      description: declaration.description || declaration.summary || '',
      attributes: (declaration.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        description: attribute.description ?? '',
        ...(attribute.type?.text?.includes("'")
          ? { values: [...attribute.type.text.matchAll(/'([^']+)'/g)].map((m) => ({ name: m[1] })) }
          : {}),
      })),
    });
  }
}
writeFileSync(
  new URL('vscode.html-custom-data.json', root),
  `${JSON.stringify({ version: 1.1, tags: tags.sort((a, b) => a.name.localeCompare(b.name)) }, null, 2)}\n`,
);
console.log(`vscode.html-custom-data.json: ${tags.length} tags`);
