import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely';

/**
 * Lower case as the model's matchers use it (`toLocaleLowerCase('id')`). Stored search columns
 * and search words are both lowered here, in JavaScript, so that SQLite (whose LIKE folds only
 * ASCII) and PostgreSQL (whose LIKE folds nothing) compare the same strings.
 */
export function lower(text: string): string {
  return text.toLocaleLowerCase('id');
}

/** The words of a search box: split at whitespace, lowered, empty words dropped. */
export function searchWords(text: string | undefined): string[] {
  return text === undefined ? [] : lower(text).split(/\s+/).filter(Boolean);
}

/** A list as space-delimited text with a space at each end: `[a, b]` → `' a b '`. */
export function delimited(values: readonly string[]): string {
  return ` ${values.join(' ')} `;
}

/** Escapes LIKE's wildcards (`%`, `_`) and the escape character itself. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** `column LIKE pattern`, where `%` in `pattern` parts is literal text except where asked. */
function like(column: Expression<unknown>, before: string, text: string, after: string) {
  return sql<SqlBool>`${column} like ${`${before}${escapeLike(text)}${after}`} escape '\\'`;
}

/** The column contains `text` anywhere. */
export function contains(column: Expression<unknown>, text: string): RawBuilder<SqlBool> {
  return like(column, '%', text, '%');
}

/** The delimited list in the column has `value` as a member. */
export function hasMember(column: Expression<unknown>, value: string): RawBuilder<SqlBool> {
  return like(column, '% ', value, ' %');
}

/** The delimited list in the column has a member that starts with `prefix`. */
export function hasMemberStartingWith(
  column: Expression<unknown>,
  prefix: string,
): RawBuilder<SqlBool> {
  return like(column, '% ', prefix, '%');
}

/** The column starts with `prefix`. */
export function startsWith(column: Expression<unknown>, prefix: string): RawBuilder<SqlBool> {
  return like(column, '', prefix, '%');
}

/** Every condition holds (`true` for none). */
export function all(conditions: readonly Expression<SqlBool>[]): RawBuilder<SqlBool> {
  return conditions.length === 0
    ? sql<SqlBool>`1 = 1`
    : sql<SqlBool>`(${sql.join(conditions, sql` and `)})`;
}

/** Some condition holds (`false` for none). */
export function any(conditions: readonly Expression<SqlBool>[]): RawBuilder<SqlBool> {
  return conditions.length === 0
    ? sql<SqlBool>`1 = 0`
    : sql<SqlBool>`(${sql.join(conditions, sql` or `)})`;
}

/**
 * A region code and the regions that contain it, from the widest: `35.14.01` →
 * `35`, `35.14`, `35.14.01` (the prefixes at its dots).
 */
export function regionAndAncestors(code: string): string[] {
  const parts = code.split('.');
  return parts.map((_, index) => parts.slice(0, index + 1).join('.'));
}

/** A count as a number (PostgreSQL returns `count(*)` as a bigint string). */
export function toCount(value: string | number | bigint | undefined): number {
  return Number(value ?? 0);
}
