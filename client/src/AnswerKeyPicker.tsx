import { useState } from 'react';
import type { DocumentRecord } from '../../shared/document.js';
import type { Api, LayerInfo } from './api.js';
import { setAnswerKey } from './scoresApi.js';

/** An owner's choice of the layer every other is scored against. */
export function AnswerKeyPicker({
  api,
  id,
  record,
  layers,
  onRecord,
}: {
  api: Api;
  id: string;
  record: DocumentRecord;
  layers: LayerInfo[];
  onRecord: (record: DocumentRecord) => void;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const choose = async (layer: string) => {
    setMessage(null);
    try {
      const updated = await setAnswerKey(api, id, layer === '' ? null : layer);
      // A cleared key is absent from the answer: say so, or a merge would keep the old one.
      onRecord({ ...updated, answerKey: updated.answerKey });
    } catch (error) {
      setMessage((error as Error).message);
    }
  };
  return (
    <label className="answer-key-picker">
      Answer key{' '}
      <select aria-label="Answer key" value={record.answerKey ?? ''} onChange={(event) => void choose(event.target.value)}>
        <option value="">No answer key</option>
        {layers.map((layer) => (
          <option key={layer.id} value={layer.id}>
            {layer.label}
          </option>
        ))}
      </select>
      {message !== null && <span role="alert"> {message}</span>}
    </label>
  );
}
