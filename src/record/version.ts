/** The record schema's version, apart from the zod schema so that writing a record does not load zod. */
export const SCHEMA_VERSION = '1.3.0';
