/**
 * Slugs: lowercase ASCII letters, digits and single hyphens, from the
 * organization's name. Being built from [a-z0-9-] only, a slug can never
 * name a path outside the output folder, whatever the title says.
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['\u2018\u2019\u02BC`]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}
