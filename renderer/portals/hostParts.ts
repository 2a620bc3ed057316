/**
 * A host as the windows list and each portal window's toolbar show it: the registrable domain (the
 * last two labels) to emphasise, the rest before it; punycode (xn--…) stays as it is, never decoded
 * into look-alike letters; an address with a port (the test stand-in) is one part.
 */
export function splitHost(host: string): { sub: string; domain: string } {
  const labels = host.split('.');
  const cut = host.includes(':') || labels.length <= 2 ? 0 : labels.length - 2;
  return { sub: labels.slice(0, cut).join('.'), domain: labels.slice(cut).join('.') };
}
