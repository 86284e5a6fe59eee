export {
  threadsMapName,
  threadStateKey,
  threadLimits,
  threadPersonSchema,
  replySchema,
  threadStateSchema,
  replyProblem,
  threadStateProblem,
} from './schema.js';
export type { Reply, ThreadPerson, ThreadState } from './schema.js';
export { readThreads, readThread, liveReplies, replyCount, isOpenThread } from './reader.js';
export type { Thread, DamagedThreadEntry, ThreadReading } from './reader.js';
export { threadsMap, putThreads, addReply, editReply, deleteReply, setThreadResolved } from './writer.js';
export type { NewReply } from './writer.js';
export { findMentions, mentionQueryAt, mentionCandidates } from './mentions.js';
export type { MentionQuery } from './mentions.js';
