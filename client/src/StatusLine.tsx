/** How the last action of a page went: nothing yet, under way, failed, or done, with what to say. */
export type Status =
  { kind: 'idle' } | { kind: 'busy'; message: string } | { kind: 'error'; message: string } | { kind: 'done'; message: string };

/** Says how the last action went: an alert when it failed. */
export function StatusLine({ status }: { status: Status }) {
  if (status.kind === 'idle') return null;
  return (
    <p className={`status status-${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
      {status.message}
    </p>
  );
}
