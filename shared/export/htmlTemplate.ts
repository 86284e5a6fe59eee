const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => escapes[character] ?? character);
}

/** HTML built by {@link markup}: markup of our own with every value in it escaped. */
export class SafeHtml {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value;
  }
}

/** What may stand in an {@link markup} template: built HTML as it is, text escaped, nothing for null, undefined or false. */
export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

/**
 * A template of HTML markup whose every interpolated value is escaped as text
 * unless it is HTML built by another `markup` template; arrays are joined.
 * Values go in element content or double-quoted attribute values, never in
 * tag or attribute names; a URL in an attribute must be checked by the caller
 * (see `safeUrl`). So a page is built from templates and text, and no text
 * can forget its escape.
 */
export function markup(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let result = strings[0] ?? '';
  values.forEach((value, index) => {
    result += written(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(result);
}

function written(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (value === null || value === undefined || value === false) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return escapeHtml(value);
  return value.map(written).join('');
}

/** Values joined by a separator (text, or HTML built by {@link markup}), each written as in a template. */
export function joinHtml(values: readonly HtmlValue[], separator: SafeHtml | string): SafeHtml {
  const between = written(separator);
  return new SafeHtml(values.map(written).join(between));
}
