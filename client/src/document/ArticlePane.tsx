import { annotationKinds } from '../../../shared/annotation.js';
import { AnnotatedEditor } from '../AnnotatedEditor.js';
import type { AnnotationActions } from './useAnnotationActions.js';
import type { DocumentWorkspace } from './useDocumentWorkspace.js';
import type { Panels } from './usePanels.js';

interface ArticlePaneProps {
  workspace: DocumentWorkspace;
  actions: AnnotationActions;
  panels: Panels;
  select: (id: string | null) => void;
  openDetails: (id: string) => void;
}

/** The article, editable as this person's role allows, with the layer's marks drawn over it; marks of hidden kinds fade. */
export function ArticlePane({ workspace, actions, panels, select, openDetails }: ArticlePaneProps) {
  const { article, layer, record, editable, canAnnotate, shownKinds, author } = workspace;
  return (
    <article
      className={['article', ...annotationKinds.filter((kind) => !shownKinds.has(kind)).map((kind) => `dim-${kind}`)].join(' ')}
      lang={record?.language ?? undefined}
      // Until the article is in from the server or this browser's copy, it cannot be edited yet.
      aria-busy={!article.ready}
    >
      {article.room !== null && layer.room !== null && (
        <AnnotatedEditor
          article={article.room.doc}
          layer={layer.room.doc}
          awareness={article.room.provider.awareness}
          editable={editable && article.ready}
          canAnnotate={canAnnotate && article.ready && layer.ready}
          onView={workspace.setView}
          onAnnotations={workspace.setAnnotations}
          onClickAnnotations={actions.clickAnnotations}
          onSelectionChange={workspace.setSelectionEmpty}
          onMark={actions.mark}
          onGoToAnnotation={(annotationId) => select(annotationId)}
          onFind={() => panels.setFinding((count) => (count ?? 0) + 1)}
          markKinds={shownKinds}
          onOpenDetails={openDetails}
          author={author}
          onSuggestions={workspace.setSuggestions}
        />
      )}
    </article>
  );
}
