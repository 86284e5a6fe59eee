export { updateProblem, RefusedUpdateError, type RoomKind } from './updateProblem.js';
export { PlacedUpdate } from './placedUpdate.js';
export type { Writer } from './threadRules.js';
