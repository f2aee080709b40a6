/** One element of a document read by {@link readXml}, children in document order. */
export interface XmlElement {
  /** The name as written, prefix included: "ns0:newsItem". */
  name: string;
  /** The name without its prefix: "newsItem". Wire files bind the same namespace to any prefix, or none. */
  local: string;
  /**
   * Attribute values (entities decoded) by qualified name, and by local name
   * too when no unprefixed attribute of that name exists: "xml:lang" is also "lang".
   * A plain object: read it through attr(), which sees own keys only.
   */
  attrs: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export function isElement(node: XmlNode | undefined): node is XmlElement {
  return typeof node === 'object';
}

/** The child elements, in order. */
export function elements(el: XmlElement | undefined): XmlElement[] {
  if (!el) return [];
  const out: XmlElement[] = [];
  for (const c of el.children) if (typeof c !== 'string') out.push(c);
  return out;
}

/** The child elements with this local name. */
export function children(el: XmlElement | undefined, local: string): XmlElement[] {
  if (!el) return [];
  const out: XmlElement[] = [];
  for (const c of el.children) if (typeof c !== 'string' && c.local === local) out.push(c);
  return out;
}

/** The first child with the first local name, then its first child with the next, and so on. */
export function child(el: XmlElement | undefined, ...path: string[]): XmlElement | undefined {
  let at = el;
  for (const local of path) {
    if (!at) return undefined;
    let next: XmlElement | undefined;
    for (const c of at.children) {
      if (typeof c !== 'string' && c.local === local) {
        next = c;
        break;
      }
    }
    at = next;
  }
  return at;
}

/** Every element below this one (not itself) with this local name (any name when omitted), in document order. */
export function descendants(el: XmlElement | undefined, local?: string): XmlElement[] {
  const out: XmlElement[] = [];
  if (!el) return out;
  // Iterative: depth is bounded by the reader, but an explicit stack costs nothing.
  const stack: XmlNode[][] = [el.children];
  const index: number[] = [0];
  while (stack.length > 0) {
    const level = stack[stack.length - 1] as XmlNode[];
    const i = index[index.length - 1] as number;
    if (i >= level.length) {
      stack.pop();
      index.pop();
      continue;
    }
    index[index.length - 1] = i + 1;
    const node = level[i] as XmlNode;
    if (typeof node === 'string') continue;
    if (local === undefined || node.local === local) out.push(node);
    if (node.children.length > 0) {
      stack.push(node.children);
      index.push(0);
    }
  }
  return out;
}

/** The first element below this one with this local name. */
export function descendant(el: XmlElement | undefined, local: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.local === local) return c;
    const found = descendant(c, local);
    if (found) return found;
  }
  return undefined;
}

/** An attribute's value by qualified or local name; undefined when absent. */
export function attr(el: XmlElement | undefined, name: string): string | undefined {
  return el !== undefined && Object.hasOwn(el.attrs, name) ? el.attrs[name] : undefined;
}

/** An attribute's value with whitespace collapsed; undefined when absent or blank. */
export function attrText(el: XmlElement | undefined, name: string): string | undefined {
  const value = attr(el, name);
  if (value === undefined) return undefined;
  const t = collapseSpace(value);
  return t === '' ? undefined : t;
}

/** XML and HTML whitespace (ASCII only: a no-break space is copy, "81 365") collapsed to one space, and trimmed. */
export function collapseSpace(s: string): string {
  // Single spaces are left alone: replacing each of them costs far more than finding the few runs.
  return s.replace(SPACE_RUNS, ' ').trim();
}

const SPACE_RUNS = /[ \t\n\r\f]{2,}|[\t\n\r\f]/g;

function appendText(el: XmlElement, parts: string[]): void {
  for (const c of el.children) {
    if (typeof c === 'string') parts.push(c);
    else appendText(c, parts);
  }
}

/** All the text inside the element, whitespace runs collapsed to one space and trimmed; '' when absent. */
export function text(el: XmlElement | undefined): string {
  if (!el) return '';
  if (el.children.length === 1 && typeof el.children[0] === 'string') return collapseSpace(el.children[0]);
  const parts: string[] = [];
  appendText(el, parts);
  return collapseSpace(parts.join(''));
}

/** The element's text, or undefined when it is absent or blank. */
export function textOf(el: XmlElement | undefined): string | undefined {
  const t = text(el);
  return t === '' ? undefined : t;
}

/** The text inside the element exactly as written (entities decoded), for preformatted copy. */
export function rawText(el: XmlElement | undefined): string {
  if (!el) return '';
  const parts: string[] = [];
  appendText(el, parts);
  return parts.join('');
}
