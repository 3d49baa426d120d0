/**
 * Every value a Cookie header gives `name`, in the order sent. Parsers keep one of them; callers that must not let
 * a second cookie of the name (tossed in by another host of the domain) decide who is signed in count them here.
 */
export function cookieValues(header: string | undefined, name: string): string[] {
  if (!header) return [];
  return header.split(';').map((pair) => pair.trim()).filter((pair) => pair.startsWith(`${name}=`)).map((pair) => pair.slice(name.length + 1));
}
