/**
 * Keys for comparing names across years, where spelling drifts:
 * al-Qa’ida / al-Qaida / al-Qaeda, Hizballah / Hezbollah, Jama’at / Jamaat.
 *
 * - nameKey: case, diacritics, apostrophes and punctuation folded
 *   ("Jama’at Nusrat al-Islam" → "jamaat nusrat al islam").
 * - skeleton: the nameKey's consonants, doubled letters collapsed, q → k,
 *   so transliteration variants meet ("al-Qa’ida" and "al-Qaeda" → "lkd").
 *   Only used for names long enough that a collision means the same name.
 */
export function nameKey(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2018\u2019\u02BC\u02BB`\u00B4]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export const MIN_SKELETON = 4;

export function skeleton(value: string): string {
  return nameKey(value)
    .replace(/^the /, '')
    .replace(/[\s]/g, '')
    .replace(/q/g, 'k')
    .replace(/[aeiouy]/g, '')
    .replace(/(.)\1+/g, '$1');
}
