import { displayShortcut, kindInfo } from '../annotations/kinds.js';
import { markNavigationShortcuts } from '../editor/markNavigation.js';
import { editingShortcuts } from '../editor/plugins.js';
import { suggestionShortcuts } from '../editor/suggestionPlugin.js';

const annotationShortcuts = [
  ...(['claim', 'denial', 'attribution'] as const).map((kind) => ({
    keys: kindInfo[kind].shortcut,
    action: `Mark the selection as ${kindInfo[kind].label.toLowerCase()}`,
  })),
  ...markNavigationShortcuts,
  { keys: 'Mod-f', action: 'Find in the text and marks (Enter: next, Shift-Enter: previous, Esc: back to the text)' },
  { keys: 'Esc', action: 'Close the details of an annotation, back to the text where you were' },
  { keys: '?', action: 'Show or hide this sheet' },
];

/** Every keyboard shortcut of the document page, as this platform writes them. */
export function HelpSheet() {
  return (
    <aside className="help-sheet" aria-label="Keyboard shortcuts">
      <h2>Keyboard shortcuts</h2>
      <dl>
        {[...annotationShortcuts, ...suggestionShortcuts, ...editingShortcuts].map(({ keys, action }) => (
          <div key={keys}>
            <dt>
              <kbd>{displayShortcut(keys)}</kbd>
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}
