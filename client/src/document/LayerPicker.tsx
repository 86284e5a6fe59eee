import type { DocumentView } from '../api.js';

interface LayerPickerProps {
  layers: DocumentView['layers'];
  value: string;
  compare: string | null;
  onChange: (layer: string) => void;
  onCompare: (layer: string | null) => void;
  /** Called when the picker is opened, to list layers made since. */
  onOpen: () => void;
}

/** Chooses the layer to work in, and another to show beside it. */
export function LayerPicker({ layers, value, compare, onChange, onCompare, onOpen }: LayerPickerProps) {
  return (
    <span className="layer-picker" onFocus={onOpen}>
      <select aria-label="Layer" value={value} onChange={(event) => onChange(event.target.value)}>
        {layers.map((layer) => (
          <option key={layer.id} value={layer.id}>
            {layer.label}
            {layer.access === 'read' ? ' (read only)' : ''}
          </option>
        ))}
      </select>
      <select
        aria-label="Side by side with"
        value={compare ?? ''}
        onChange={(event) => onCompare(event.target.value === '' ? null : event.target.value)}
      >
        <option value="">No side-by-side</option>
        {layers
          .filter((layer) => layer.id !== value)
          .map((layer) => (
            <option key={layer.id} value={layer.id}>
              Beside: {layer.label}
            </option>
          ))}
      </select>
    </span>
  );
}
