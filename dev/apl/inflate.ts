/**
 * Inflates an APL document the way a device does before it lays it out: picks the resources
 * and the template item for the viewport, expands layouts and data arrays, applies `bind`
 * and values set by `SetValue`, and evaluates every property. Only the components the
 * skill's documents use are known; any other type throws.
 */
import type { Display } from '../envelope';
import { evaluate, truthy, type Scope, type Value } from './expression';

/** The viewport as a document's bindings see it (`viewport.width` and so on, in dp). */
export interface Viewport {
  readonly width: number;
  readonly height: number;
  readonly shape: 'round' | 'rectangle';
  readonly mode: 'hub' | 'tv';
  readonly dpi: number;
}

export function viewportOf(display: Display): Viewport {
  const scale = 160 / display.dpi;
  return {
    width: Math.round(display.pixelWidth * scale),
    height: Math.round(display.pixelHeight * scale),
    shape: display.shape === 'ROUND' ? 'round' : 'rectangle',
    mode: display.mode === 'TV' ? 'tv' : 'hub',
    dpi: display.dpi,
  };
}

export const PRIMITIVES = ['Container', 'Frame', 'Text', 'Sequence', 'ScrollView', 'TouchWrapper'] as const;

/** A command with its arguments evaluated where it was declared. */
export interface Command {
  readonly type: string;
  readonly [key: string]: Value;
}

export interface Inflated {
  readonly type: (typeof PRIMITIVES)[number];
  readonly props: Readonly<Record<string, Value>>;
  readonly children: readonly Inflated[];
  readonly onPress: readonly Command[];
  readonly onMount: readonly Command[];
}

interface Layout {
  readonly parameters?: readonly (string | { readonly name: string })[];
  readonly item?: unknown;
  readonly items?: unknown;
}

interface AplDocument {
  readonly resources?: readonly {
    readonly when?: string;
    readonly colors?: Record<string, string>;
    readonly dimensions?: Record<string, string>;
    readonly strings?: Record<string, string>;
  }[];
  readonly layouts?: Readonly<Record<string, Layout>>;
  readonly mainTemplate: {
    readonly parameters?: readonly string[];
    readonly items?: unknown;
    readonly item?: unknown;
  };
  readonly onMount?: readonly unknown[];
}

export interface InflateOptions {
  /** Values set by `SetValue`, by component id and property or bound name. */
  readonly values?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** Told of each binding that reads a field its data does not have. */
  readonly onMissing?: (path: string) => void;
}

/** Properties that shape inflation rather than being properties of the component. */
const STRUCTURAL = new Set([
  'type',
  'when',
  'item',
  'items',
  'data',
  'bind',
  'onPress',
  'onMount',
  'description',
]);

/** Inflates `document` with its data sources for a viewport; undefined when no item applies. */
export function inflate(
  document: unknown,
  datasources: Readonly<Record<string, unknown>>,
  viewport: Viewport,
  options: InflateOptions = {},
): Inflated | undefined {
  const doc = document as AplDocument;
  const globals: Record<string, Value> = { viewport: viewport as unknown as Value };
  for (const name of doc.mainTemplate.parameters ?? ['payload']) globals[name] = datasources[name] as Value;
  const resources: Record<string, Value> = {};
  const resourceScope: Scope = { names: globals, resources };
  for (const block of doc.resources ?? []) {
    if (block.when !== undefined && !truthy(evaluate(block.when, resourceScope))) continue;
    Object.assign(resources, block.colors, block.dimensions, block.strings);
  }
  const inflater = new Inflater(doc.layouts ?? {}, globals, options);
  const scope: Scope = {
    names: globals,
    resources,
    ...(options.onMissing && { onMissing: options.onMissing }),
  };
  return inflater.first(listOf(doc.mainTemplate.items ?? doc.mainTemplate.item), scope);
}

class Inflater {
  constructor(
    private readonly layouts: Readonly<Record<string, Layout>>,
    /** What every layout sees besides its parameters: the viewport and the data sources. */
    private readonly globals: Readonly<Record<string, Value>>,
    private readonly options: InflateOptions,
  ) {}

  /** The first item whose `when` holds, inflated. */
  first(items: readonly unknown[], scope: Scope): Inflated | undefined {
    for (const item of items) {
      const inflated = this.component(item, scope);
      if (inflated) return inflated;
    }
    return undefined;
  }

  private component(raw: unknown, scope: Scope, extra: Record<string, unknown> = {}): Inflated | undefined {
    const source = { ...(raw as Record<string, unknown>), ...extra };
    const type = source.type;
    if (typeof type !== 'string') throw new Error(`A component without a type: ${JSON.stringify(raw)}`);
    if (source.when !== undefined && !truthy(evaluate(source.when, scope))) return undefined;
    const layout = this.layouts[type];
    if (layout) return this.layout(layout, source, scope);
    if (!(PRIMITIVES as readonly string[]).includes(type)) throw new Error(`Unknown APL component ${type}`);

    const id = typeof source.id === 'string' ? source.id : undefined;
    const set = id === undefined ? undefined : this.options.values?.[id];
    const names: Record<string, Value> = { ...scope.names };
    for (const bound of (source.bind ?? []) as { name: string; value: unknown }[]) {
      names[bound.name] =
        set && Object.hasOwn(set, bound.name)
          ? (set[bound.name] as Value)
          : evaluate(bound.value, { ...scope, names });
    }
    const inner: Scope = { ...scope, names };
    const props: Record<string, Value> = {};
    for (const [key, value] of Object.entries(source)) {
      if (!STRUCTURAL.has(key))
        props[key] = set && Object.hasOwn(set, key) ? (set[key] as Value) : evaluate(value, inner);
    }
    return {
      type: type as Inflated['type'],
      props,
      children: this.children(source, inner),
      onPress: this.commands(source.onPress, inner),
      onMount: this.commands(source.onMount, inner),
    };
  }

  private layout(layout: Layout, source: Record<string, unknown>, scope: Scope): Inflated | undefined {
    const params = (layout.parameters ?? []).map((p) => (typeof p === 'string' ? p : p.name));
    const names: Record<string, Value> = { ...this.globals };
    const passed: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(source)) {
      if (key === 'type' || key === 'when') continue;
      if (params.includes(key)) names[key] = evaluate(value, scope);
      else passed[key] = evaluate(value, scope);
    }
    const item = listOf(layout.items ?? layout.item)[0];
    return this.component(item, { ...scope, names }, passed);
  }

  private children(source: Record<string, unknown>, scope: Scope): Inflated[] {
    const items = listOf(source.items ?? source.item);
    if (source.data === undefined) {
      return items.flatMap((item) => {
        const child = this.component(item, scope);
        return child ? [child] : [];
      });
    }
    const data = evaluate(source.data, scope);
    if (!Array.isArray(data)) return [];
    return (data as Value[]).flatMap((element, index) => {
      const names = { ...scope.names, data: element, index, length: data.length };
      const child = this.first(items, { ...scope, names });
      return child ? [child] : [];
    });
  }

  private commands(raw: unknown, scope: Scope): Command[] {
    return listOf(raw).map((command) => {
      const evaluated: Record<string, Value> = {};
      for (const [key, value] of Object.entries(command as Record<string, unknown>)) {
        evaluated[key] = Array.isArray(value)
          ? (value as unknown[]).map((v) => evaluate(v, scope))
          : evaluate(value, scope);
      }
      return evaluated as Command;
    });
  }
}

function listOf(value: unknown): readonly unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
