/**
 * Keeps React from reading and restoring the editor's selection at every
 * commit. Before each commit React asks whether the focused element is
 * editable (`contentEditable === 'true'`) and, if so, counts its way through
 * every text node to the selection, to put the selection back afterwards
 * should the commit have moved it. React never draws inside the editor, and
 * the editor keeps its own selection; but with a 30,000-word article focused
 * that count took 7 to 20 ms a commit in a profile, several commits a second
 * while someone types (the sidebar, the save state). The element answers
 * React's question with "inherit" and stays editable: the browser, ProseMirror
 * and assistive technology read the attribute, which is unchanged.
 */
export function hideSelectionFromReact(element: HTMLElement): void {
  Object.defineProperty(element, 'contentEditable', {
    configurable: true,
    get: () => 'inherit',
    set: (value: string) => element.setAttribute('contenteditable', value),
  });
}
