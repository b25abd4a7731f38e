/**
 * Place names the country package does not know or gets wrong for these
 * reports, kept as data. Country names themselves come from
 * i18n-iso-countries; this table only adds to it or overrides it.
 *
 * `code` is ISO 3166-1 alpha-2, or null for a region that spans countries
 * or is not a country of its own. Provinces, states and islands come from
 * the subdivision table (src/geo/subdivisions.ts); a `subdivision` here is
 * one that table does not name as the reports write it.
 */
export interface PlaceName {
  name: string;
  code: string | null;
  kind: 'country' | 'territory' | 'region' | 'subdivision';
  note?: string;
}

export const PLACE_NAMES: readonly PlaceName[] = [
  { name: 'Burma', code: 'MM', kind: 'country' },
  { name: 'Syria', code: 'SY', kind: 'country' },
  { name: 'Laos', code: 'LA', kind: 'country' },
  { name: 'Vietnam', code: 'VN', kind: 'country' },
  { name: 'Turkey', code: 'TR', kind: 'country' },
  { name: 'Russia', code: 'RU', kind: 'country' },
  { name: 'Iran', code: 'IR', kind: 'country' },
  { name: 'Bosnia', code: 'BA', kind: 'country' },
  { name: 'Bosnia and Herzegovina', code: 'BA', kind: 'country' },
  { name: 'Democratic Republic of Congo', code: 'CD', kind: 'country' },
  { name: 'DRC', code: 'CD', kind: 'country' },
  { name: 'Republic of Ireland', code: 'IE', kind: 'country' },
  { name: 'Irish Republic', code: 'IE', kind: 'country', note: 'as the reports on the Irish republican groups write it' },
  { name: 'Britain', code: 'GB', kind: 'country' },
  { name: 'England', code: 'GB', kind: 'country', note: 'constituent country of the UK' },
  { name: 'Scotland', code: 'GB', kind: 'country', note: 'constituent country of the UK' },
  { name: 'Wales', code: 'GB', kind: 'country', note: 'constituent country of the UK' },
  { name: 'Northern Ireland', code: 'GB', kind: 'country', note: 'constituent country of the UK' },
  { name: 'Gaza', code: 'PS', kind: 'territory' },
  { name: 'Gaza Strip', code: 'PS', kind: 'territory' },
  { name: 'West Bank', code: 'PS', kind: 'territory' },
  { name: 'Palestinian Territories', code: 'PS', kind: 'territory' },
  { name: 'Palestinian territories', code: 'PS', kind: 'territory' },
  { name: 'Kosovo', code: 'XK', kind: 'territory', note: 'user-assigned code, not in ISO 3166-1' },
  { name: 'Sahel', code: null, kind: 'region' },
  { name: 'Maghreb', code: null, kind: 'region' },
  { name: 'Middle East', code: null, kind: 'region' },
  { name: 'Horn of Africa', code: null, kind: 'region' },
  { name: 'Lake Chad Basin', code: null, kind: 'region' },
  { name: 'Lake Chad', code: null, kind: 'region', note: 'a lake of four countries, not Chad' },
  { name: 'Lake Chad region', code: null, kind: 'region' },
  { name: 'Levant', code: null, kind: 'region' },
  { name: 'South Asia', code: null, kind: 'region' },
  { name: 'Southeast Asia', code: null, kind: 'region' },
  { name: 'Central Asia', code: null, kind: 'region' },
  { name: 'North Africa', code: null, kind: 'region' },
  { name: 'West Africa', code: null, kind: 'region' },
  { name: 'East Africa', code: null, kind: 'region' },
  { name: 'Arabian Peninsula', code: null, kind: 'region' },
  { name: 'Balkans', code: null, kind: 'region' },
  { name: 'North Caucasus', code: null, kind: 'region' },
  { name: 'Caucasus', code: null, kind: 'region' },
  { name: 'Kashmir', code: null, kind: 'region', note: 'disputed between India and Pakistan' },
  { name: 'Jammu and Kashmir', code: 'IN', kind: 'subdivision', note: "India's state (ISO 3166-2 IN-JK); the name the reports give places there" },
  { name: 'Azad Jammu and Kashmir', code: 'PK', kind: 'subdivision', note: "Pakistan's part (the packages write it 'Azad Jammun o Kashmir')" },
  { name: 'Sinai', code: 'EG', kind: 'subdivision', note: 'ISO 3166-2 splits it into North and South Sinai' },
  { name: 'Sinai Peninsula', code: 'EG', kind: 'subdivision', note: 'ISO 3166-2 splits it into North and South Sinai' },
  { name: 'Khyber Pakhtunkhwa', code: 'PK', kind: 'subdivision', note: 'the packages spell it Khaibar Pakhtunkhwa' },
  { name: 'Lower Shabelle', code: 'SO', kind: 'subdivision', note: 'the packages have the Somali name, Shabeellaha Hoose' },
  { name: 'Middle Shabelle', code: 'SO', kind: 'subdivision', note: 'the packages have the Somali name, Shabeellaha Dhexe' },
  { name: 'Lower Juba', code: 'SO', kind: 'subdivision', note: 'the packages have the Somali name, Jubbada Hoose' },
  { name: 'Middle Juba', code: 'SO', kind: 'subdivision', note: 'the packages have the Somali name, Jubbada Dhexe' },
  { name: 'North Kivu', code: 'CD', kind: 'subdivision', note: 'the packages have the French name, Nord-Kivu' },
  { name: 'South Kivu', code: 'CD', kind: 'subdivision', note: 'the packages have the French name, Sud-Kivu' },
  { name: 'Maguindanao', code: 'PH', kind: 'subdivision', note: 'one province until 2022; the packages list only its two halves' },
  { name: 'Mindanao', code: 'PH', kind: 'subdivision', note: 'an island, not an ISO 3166-2 unit' },
  { name: 'Sulu Archipelago', code: 'PH', kind: 'subdivision', note: 'an island group, not an ISO 3166-2 unit' },
  { name: 'Niger Delta', code: 'NG', kind: 'subdivision', note: 'a region of Nigeria, not the country Niger' },
  { name: 'Puntland', code: 'SO', kind: 'subdivision', note: 'an autonomous state of Somalia, not an ISO 3166-2 unit' },
  { name: 'Jubaland', code: 'SO', kind: 'subdivision', note: 'a federal member state of Somalia, not an ISO 3166-2 unit' },
  { name: 'Galmudug', code: 'SO', kind: 'subdivision', note: 'a federal member state of Somalia, not an ISO 3166-2 unit' },
  { name: 'Somaliland', code: 'SO', kind: 'subdivision', note: 'self-declared state, part of Somalia in ISO 3166' },
  { name: 'Waziristan', code: 'PK', kind: 'subdivision', note: 'tribal districts, not ISO 3166-2 units' },
  { name: 'North Waziristan', code: 'PK', kind: 'subdivision', note: 'a tribal district, not an ISO 3166-2 unit' },
  { name: 'South Waziristan', code: 'PK', kind: 'subdivision', note: 'a tribal district, not an ISO 3166-2 unit' },
  { name: 'Federally Administered Tribal Areas', code: 'PK', kind: 'subdivision', note: 'merged into Khyber Pakhtunkhwa in 2018' },
  { name: 'FATA', code: 'PK', kind: 'subdivision', note: 'the Federally Administered Tribal Areas' },
  { name: 'Swat', code: 'PK', kind: 'subdivision', note: 'a district and valley, not an ISO 3166-2 unit' },
  { name: 'Nineveh', code: 'IQ', kind: 'subdivision', note: 'the packages have the Arabic name, Ninawa' },
  { name: 'Ninewa', code: 'IQ', kind: 'subdivision', note: 'the packages have the Arabic name, Ninawa' },
  { name: 'Darfur', code: 'SD', kind: 'subdivision', note: 'a region of five ISO 3166-2 states' },
  { name: 'Deir ez-Zor', code: 'SY', kind: 'subdivision', note: 'the packages have Dayr az Zawr' },
  { name: 'Deir al-Zour', code: 'SY', kind: 'subdivision', note: 'the packages have Dayr az Zawr' },
  { name: 'Deir el-Zor', code: 'SY', kind: 'subdivision', note: 'the packages have Dayr az Zawr' },
  { name: 'Raqqa', code: 'SY', kind: 'subdivision', note: 'the packages have Ar Raqqah' },
  { name: 'Salah ad-Din', code: 'IQ', kind: 'subdivision', note: 'the packages have Salah ad Din' },
  { name: 'Salah al-Din', code: 'IQ', kind: 'subdivision', note: 'the packages have Salah ad Din' },
  { name: 'Sistan va Baluchistan', code: 'IR', kind: 'subdivision', note: 'the packages have Sistan va Baluchestan; not Pakistan\'s Balochistan' },
  { name: 'Sistan va Balochistan', code: 'IR', kind: 'subdivision', note: 'the packages have Sistan va Baluchestan; not Pakistan\'s Balochistan' },
  { name: 'Sistan-Baluchistan', code: 'IR', kind: 'subdivision', note: 'the packages have Sistan va Baluchestan; not Pakistan\'s Balochistan' },
  { name: 'Sistan and Baluchistan', code: 'IR', kind: 'subdivision', note: 'the packages have Sistan va Baluchestan; not Pakistan\'s Balochistan' },
  { name: 'Sistan and Baluchestan', code: 'IR', kind: 'subdivision', note: 'the packages have Sistan va Baluchestan; not Pakistan\'s Balochistan' },
  { name: 'Timbuktu', code: 'ML', kind: 'subdivision', note: 'the packages have the French name, Tombouctou' },
  { name: 'Hiraan', code: 'SO', kind: 'subdivision', note: 'the packages have the Somali name, Hiiraan' },
  { name: 'Kurdistan', code: null, kind: 'region' },
  { name: 'Tri-Border Area', code: null, kind: 'region' },
  { name: 'Europe', code: null, kind: 'region' },
  { name: 'Western Europe', code: null, kind: 'region' },
  { name: 'Africa', code: null, kind: 'region' },
  { name: 'Latin America', code: null, kind: 'region' },
  { name: 'South America', code: null, kind: 'region' },
  { name: 'Persian Gulf', code: null, kind: 'region' },
  { name: 'Gulf', code: null, kind: 'region' },
  // ("Congo" alone, ISO's short name of the smaller Congo, is the Democratic Republic in these reports, as "Congolese" is
  // (DEMONYMS): the Republic of the Congo has no group of the chapter; and never the town of that name in El Salvador.)
  { name: 'Congo', code: 'CD', kind: 'country' },
  { name: 'the Congo', code: 'CD', kind: 'country' },
];

/** Names the country package lists that are ambiguous or are not place names in this prose. */
export const IGNORED_COUNTRY_NAMES: readonly string[] = ['US', 'U.S.', 'U.S.A.', 'USA', 'Congo'];

/**
 * Nationality adjectives → the country. Used where the text names a place
 * by its people ("a Malian military camp"), never for the victims alone.
 */
export const DEMONYMS: Readonly<Record<string, string>> = {
  Afghan: 'AF', Albanian: 'AL', Algerian: 'DZ', American: 'US', Angolan: 'AO', Argentine: 'AR', Argentinian: 'AR', Armenian: 'AM',
  Australian: 'AU', Austrian: 'AT', Azerbaijani: 'AZ', Bahraini: 'BH', Bangladeshi: 'BD', Belgian: 'BE', Beninese: 'BJ', Bosnian: 'BA',
  Brazilian: 'BR', British: 'GB', Burkinabe: 'BF', 'Burkinabè': 'BF', Burmese: 'MM', Burundian: 'BI', Cameroonian: 'CM', Canadian: 'CA',
  Chadian: 'TD', Chilean: 'CL', Chinese: 'CN', Colombian: 'CO', Congolese: 'CD', Cuban: 'CU', Danish: 'DK', Djiboutian: 'DJ', Dutch: 'NL',
  Egyptian: 'EG', Emirati: 'AE', Eritrean: 'ER', Ethiopian: 'ET', Filipino: 'PH', French: 'FR', Gambian: 'GM', Georgian: 'GE', German: 'DE',
  Ghanaian: 'GH', Greek: 'GR', Guinean: 'GN', Indian: 'IN', Indonesian: 'ID', Iranian: 'IR', Iraqi: 'IQ', Irish: 'IE', Israeli: 'IL',
  Italian: 'IT', Ivorian: 'CI', Japanese: 'JP', Jordanian: 'JO', Kazakh: 'KZ', Kenyan: 'KE', Kosovar: 'XK', Kuwaiti: 'KW', Kyrgyz: 'KG',
  Lebanese: 'LB', Libyan: 'LY', Malaysian: 'MY', Malian: 'ML', Mauritanian: 'MR', Mexican: 'MX', Moroccan: 'MA', Mozambican: 'MZ',
  Nepali: 'NP', Nigerian: 'NG', Nigerien: 'NE', Norwegian: 'NO', Omani: 'OM', Pakistani: 'PK', Palestinian: 'PS', Peruvian: 'PE',
  Philippine: 'PH', Polish: 'PL', Qatari: 'QA', Russian: 'RU', Rwandan: 'RW', Saudi: 'SA', Senegalese: 'SN', Serbian: 'RS', Somali: 'SO',
  'South African': 'ZA', 'South Sudanese': 'SS', Spanish: 'ES', 'Sri Lankan': 'LK', Sudanese: 'SD', Swedish: 'SE', Swiss: 'CH', Syrian: 'SY',
  Tajik: 'TJ', Tanzanian: 'TZ', Thai: 'TH', Togolese: 'TG', Tunisian: 'TN', Turkish: 'TR', Turkmen: 'TM', Ugandan: 'UG', Ukrainian: 'UA',
  Uzbek: 'UZ', Venezuelan: 'VE', Yemeni: 'YE',
  // Checked against the countries the reports name: these were missing ("an Ecuadorian army patrol", "a Maldivian resort island").
  'Bissau-Guinean': 'GW', Cambodian: 'KH', 'Central African': 'CF', Ecuadorian: 'EC', Finnish: 'FI', Liberian: 'LR', Maldivian: 'MV',
  'Sierra Leonean': 'SL', Singaporean: 'SG', Vietnamese: 'VN',
  // The rest of the world's states, so that a place named by its people is read wherever it is ("the Croatian port of
  // Rijeka"), not only where the reports have gone so far.
  Andorran: 'AD', Azeri: 'AZ', Bahamian: 'BS', Barbadian: 'BB', Belarusian: 'BY', Belizean: 'BZ', Bhutanese: 'BT', Bolivian: 'BO',
  Botswanan: 'BW', Bruneian: 'BN', Bulgarian: 'BG', 'Cabo Verdean': 'CV', 'Cape Verdean': 'CV', Comorian: 'KM', 'Costa Rican': 'CR',
  Croatian: 'HR', Cypriot: 'CY', Czech: 'CZ', Dominican: 'DO', 'Equatorial Guinean': 'GQ', Estonian: 'EE', Fijian: 'FJ', Gabonese: 'GA',
  Guatemalan: 'GT', Guyanese: 'GY', Haitian: 'HT', Honduran: 'HN', Hungarian: 'HU', Icelandic: 'IS', Jamaican: 'JM', Kazakhstani: 'KZ',
  Laotian: 'LA', Latvian: 'LV', Lithuanian: 'LT', Luxembourgish: 'LU', Macedonian: 'MK', Malagasy: 'MG', Malawian: 'MW', Maltese: 'MT',
  Mauritian: 'MU', Moldovan: 'MD', Mongolian: 'MN', Montenegrin: 'ME', Namibian: 'NA', Nepalese: 'NP', 'New Zealand': 'NZ', Nicaraguan: 'NI',
  'North Korean': 'KP', Panamanian: 'PA', 'Papua New Guinean': 'PG', Paraguayan: 'PY', Portuguese: 'PT', Romanian: 'RO', Salvadoran: 'SV',
  Seychellois: 'SC', Slovak: 'SK', Slovenian: 'SI', 'South Korean': 'KR', Surinamese: 'SR', Swazi: 'SZ', Taiwanese: 'TW', Timorese: 'TL',
  Trinidadian: 'TT', Uruguayan: 'UY', Zambian: 'ZM', Zimbabwean: 'ZW',
};
