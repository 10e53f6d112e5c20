// Country codes. The app stores ISO 3166-1 (GR, GB); EU sources and NUTS codes write Greece as EL
// and the United Kingdom as UK.
const ISO_FOR_EU: Readonly<Record<string, string>> = { EL: 'GR', UK: 'GB' };
const EU_FOR_ISO: Readonly<Record<string, string>> = { GR: 'EL', GB: 'UK' };

/** The ISO code for a code as EU sources write it: EL → GR, UK → GB; others unchanged. */
export function isoCountry(code: string): string {
  return ISO_FOR_EU[code] ?? code;
}

/** The country prefix NUTS codes use for an ISO code: GR → EL, GB → UK; others unchanged. */
export function nutsCountry(iso: string): string {
  return EU_FOR_ISO[iso] ?? iso;
}
