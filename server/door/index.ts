export { updateProblem, RefusedUpdateError, type RoomKind } from './updateProblem.js';
export { PlacedUpdate } from './placedUpdate.js';
