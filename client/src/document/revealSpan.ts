/** Scrolls an annotation's span into view and flashes it. */
export function revealSpan(id: string): void {
  const spans = document.querySelectorAll<HTMLElement>(`.ProseMirror [data-annotation-id="${CSS.escape(id)}"]`);
  spans[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  for (const span of Array.from(spans)) {
    span.classList.remove('flash');
    // Restart the animation on a span that is already flashing.
    void span.offsetWidth;
    span.classList.add('flash');
    window.setTimeout(() => span.classList.remove('flash'), 1500);
  }
}
