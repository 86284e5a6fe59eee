import type { ContentMatch, NodeType } from 'prosemirror-model';
import * as Y from 'yjs';
import { articleFragmentName, articleMetaName, articleSchema, safeUrl } from '../../shared/index.js';
import type { PlacedUpdate } from './placedUpdate.js';

/** Every node type a node type's content may hold, anywhere in it. */
function childTypes(type: NodeType): Set<string> {
  const names = new Set<string>();
  const seen = new Set<ContentMatch>();
  const walk = (match: ContentMatch) => {
    if (seen.has(match)) return;
    seen.add(match);
    for (let index = 0; index < match.edgeCount; index++) {
      const edge = match.edge(index);
      names.add(edge.type.name);
      walk(edge.next);
    }
  };
  walk(type.contentMatch);
  return names;
}

const allowedChildren = new Map(Object.values(articleSchema.nodes).map((type) => [type.name, childTypes(type)]));

/** Why a node attribute's value is outside the schema, or null. */
function attributeProblem(nodeName: string, key: string, value: unknown): string | null {
  const spec = articleSchema.nodes[nodeName]?.spec.attrs ?? {};
  if (!Object.hasOwn(spec, key)) return `a ${nodeName} has no attribute "${key.slice(0, 40)}"`;
  if (nodeName === 'heading' && key === 'level') {
    return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 6 ? null : 'a heading level must be 1 to 6';
  }
  if (nodeName === 'ordered_list' && key === 'order') {
    return Number.isSafeInteger(value) ? null : 'a list must start at a whole number';
  }
  return ['string', 'number', 'boolean'].includes(typeof value) || value === null ? null : `${nodeName}.${key} is not a plain value`;
}

/** Why a formatting attribute of the text (a mark, as y-prosemirror writes marks) is outside the schema, or null. */
function markProblem(key: string, value: unknown): string | null {
  // Null ends a mark (any mark: clearing one that should not be there is welcome).
  if (value === null) return null;
  const type = articleSchema.marks[key];
  if (type === undefined) return `the mark "${key.slice(0, 40)}" is not in the schema`;
  if (typeof value !== 'object' || Array.isArray(value)) return `the ${key} mark's attributes are not an object`;
  const attrs = value as Record<string, unknown>;
  for (const name of Object.keys(attrs))
    if (!Object.hasOwn(type.spec.attrs ?? {}, name)) return `a ${key} mark has no attribute "${name.slice(0, 40)}"`;
  if (key === 'link') {
    const { href, title } = attrs;
    if (typeof href !== 'string' || href.length > 2000 || safeUrl(href) === null) return 'a link must go to an http(s) or mailto address';
    if (title !== undefined && title !== null && (typeof title !== 'string' || title.length > 2000)) return 'a link title must be text';
  }
  return null;
}

/** Why content is not what a node of this name may hold, or null. */
function childProblem(parentName: string, content: Y.Item['content']): string | null {
  const allowed = allowedChildren.get(parentName) ?? new Set<string>();
  if (content instanceof Y.ContentType) {
    const { type } = content;
    if (type instanceof Y.XmlElement && !(type instanceof Y.XmlHook)) {
      if (articleSchema.nodes[type.nodeName] === undefined) return `the node "${type.nodeName.slice(0, 40)}" is not in the schema`;
      return allowed.has(type.nodeName) ? null : `a ${type.nodeName} cannot be inside a ${parentName}`;
    }
    if (type instanceof Y.XmlText) return allowed.has('text') ? null : `text cannot be directly inside a ${parentName}`;
  }
  return `a ${parentName} holds something other than nodes`;
}

/**
 * Why an update may not be applied to an article, or null: every node it
 * adds must be a node of the schema where the schema allows it, with
 * attributes in range, and every mark a mark of the schema with a safe link.
 * Deleting is not checked: any part of an article may be deleted.
 */
export function articleUpdateProblem(update: PlacedUpdate): string | null {
  for (const item of update.items) {
    if (item.content instanceof Y.ContentDeleted) continue;
    const place = update.placeOf(item);
    if (place === 'dropped' || place === 'unknown') continue;
    const { parent, key } = place;
    if ('root' in parent) {
      if (parent.root === articleFragmentName) {
        if (key !== null) return 'sets an attribute on the article itself';
        const problem = childProblem(articleSchema.topNodeType.name, item.content);
        if (problem !== null) return problem.replace(`a ${articleSchema.topNodeType.name}`, 'the article');
        continue;
      }
      if (parent.root === articleMetaName) {
        if (key === null || !(item.content instanceof Y.ContentAny)) return 'writes something other than values into the metadata';
        continue;
      }
      return `writes to "${parent.root.slice(0, 40)}", which an article does not have`;
    }
    const holder = parent.item.content;
    if (!(holder instanceof Y.ContentType)) continue;
    const type = holder.type;
    if (type instanceof Y.XmlText) {
      if (key !== null) return 'sets an attribute on text';
      if (item.content instanceof Y.ContentString) continue;
      if (item.content instanceof Y.ContentFormat) {
        const problem = markProblem(item.content.key, item.content.value);
        if (problem !== null) return problem;
        continue;
      }
      return 'puts something other than text and marks into text';
    }
    if (type instanceof Y.XmlElement && !(type instanceof Y.XmlHook)) {
      if (key !== null) {
        if (!(item.content instanceof Y.ContentAny)) return `a ${type.nodeName.slice(0, 40)} attribute holds something other than a value`;
        const problem = attributeProblem(type.nodeName, key, item.content.arr[item.content.arr.length - 1]);
        if (problem !== null) return problem;
        continue;
      }
      const problem = childProblem(type.nodeName, item.content);
      if (problem !== null) return problem;
      continue;
    }
    return 'writes inside something that is not a node of the article';
  }
  return null;
}
