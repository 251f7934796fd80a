/** Turns a name into a URL-safe slug: "Gemeente 's-Hertogenbosch" → "gemeente-s-hertogenbosch". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug.length >= 2 ? slug : `org-${slug || 'x'}`;
}
