/** Colours that stay readable as cursor labels on white, and distinct from one another. */
export const presenceColors = ['#d1495b', '#00798c', '#edae49', '#66a182', '#8d5a97', '#2e4057', '#e07a5f', '#3d5a80'] as const;

/** The colour a person's cursor is shown in, the same for an id every time. */
export function presenceColor(id: string): string {
  let hash = 0;
  for (const character of id) hash = (hash * 31 + (character.codePointAt(0) ?? 0)) >>> 0;
  return presenceColors[hash % presenceColors.length] ?? presenceColors[0];
}

/** Longest name a person may choose to be shown under. */
export const maxPersonNameLength = 60;
