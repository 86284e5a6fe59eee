import { expect } from 'vitest';
import { annotationsMap, layerRoomName, readAnnotation, teamLayerId, updateAnnotation } from '../../shared/index.js';
import { connectClient, synced, type TestClient } from './client.js';
import { eventually } from './eventually.js';
import { api, type TestServer } from './server.js';

/**
 * Takes claims through the desk's second check as the app does: the owner
 * (whose client is `ownerLayer`, in the team layer) puts their name to each
 * claim's verdict, and an editor invited for it approves them; resolves once
 * the owner's client sees them checked.
 */
export async function secondCheck(server: TestServer, docId: string, ownerLayer: TestClient, claims: readonly string[]): Promise<void> {
  const session = (await (await api(server, '/api/session')).json()) as { tokenId: string };
  const owner = { id: session.tokenId, name: 'Owner' };
  for (const claim of claims) updateAnnotation(ownerLayer.doc, claim, { verdictBy: owner });
  const response = await api(server, `/api/documents/${docId}/invites`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ role: 'editor', label: 'Second checker' }),
  });
  const issued = (await response.json()) as { token: string; invite: { jti: string } };
  const editor = connectClient(server, layerRoomName(docId, teamLayerId), { token: issued.token });
  try {
    await synced(editor);
    await eventually(() => {
      for (const claim of claims) expect(readAnnotation(claim, annotationsMap(editor.doc).get(claim))?.verdictBy?.id).toBe(owner.id);
    });
    for (const claim of claims)
      updateAnnotation(editor.doc, claim, { checkStatus: 'checked', approvedBy: { id: issued.invite.jti, name: 'Second checker' } });
    await eventually(() => {
      for (const claim of claims) expect(readAnnotation(claim, annotationsMap(ownerLayer.doc).get(claim))?.checkStatus).toBe('checked');
    });
  } finally {
    editor.destroy();
  }
}
