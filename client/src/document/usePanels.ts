import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';

/** What the document page shows besides the article, on request: the shortcuts, sharing, class results and find. */
export function usePanels(setPicking: Dispatch<SetStateAction<boolean>>) {
  const [showShare, setShowShare] = useState(false);
  const [showResults, setShowResults] = useState(false);
  const [showHelp, setShowHelp] = useState(false);
  // Find in the document; the key remounts the bar (and focuses it) each time Ctrl/⌘-F is pressed.
  const [finding, setFinding] = useState<number | null>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const typing = event.target instanceof HTMLElement && event.target.closest('.ProseMirror, input, textarea, select') !== null;
      if (event.key === '?' && !typing) setShowHelp((shown) => !shown);
      if (event.key === 'Escape') {
        setShowHelp(false);
        setPicking(false);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setPicking]);

  return { showShare, setShowShare, showResults, setShowResults, showHelp, setShowHelp, finding, setFinding };
}

/** What {@link usePanels} gives. */
export type Panels = ReturnType<typeof usePanels>;
