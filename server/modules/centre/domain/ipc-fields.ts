// Which industry field an IPC symbol belongs to: fields name IPC prefixes (a class such as C08 or a
// subclass such as B60L), and a symbol belongs to the field whose longest prefix it starts with.

/** An IPC symbol written the one way: upper case, one space between subclass and group (B60L 53/00). */
export function normaliseIpc(symbol: string): string {
  const s = symbol.trim().toUpperCase().replace(/\s+/g, '');
  return s.length > 4 ? `${s.slice(0, 4)} ${s.slice(4)}` : s;
}

/** The IPC class of a symbol (section letter and two digits: B60). */
export function ipcClassOf(symbol: string): string {
  return normaliseIpc(symbol).slice(0, 3);
}

/** The code of the field among `fields` that the symbol falls in, or null when it falls in none. */
export function fieldOfIpc(symbol: string, fields: readonly { code: string; ipcPrefixes: readonly string[] }[]): string | null {
  const s = normaliseIpc(symbol).replace(' ', '');
  let best: { code: string; length: number } | null = null;
  for (const f of fields) {
    for (const p of f.ipcPrefixes) {
      if (s.startsWith(p) && (!best || p.length > best.length)) best = { code: f.code, length: p.length };
    }
  }
  return best?.code ?? null;
}
