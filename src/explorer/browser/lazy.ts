/** Content-hashed names of the views built apart, set by the build (`src/explorer/build.ts`). */
declare const LAZY_VIEWS: Record<keyof LazyViews, { script: string; style?: string }>;

/** Views whose code loads only when they are opened: the import review, and the asset graph with its layout library. */
interface LazyViews {
  import: typeof import('./import/view.js');
  asset: typeof import('./neighbourhood.js');
}

const loading = new Map<keyof LazyViews, Promise<unknown>>();

function styleSheet(href: string): Promise<void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise<void>((resolve, reject) => {
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error(`could not load ${href}`)));
  });
  document.head.append(link);
  return loaded;
}

/**
 * A view's code (and style sheet), fetched from beside this script the first time the view is
 * opened, so the other views never load it; a failed load is tried again next time.
 */
export function loadView<K extends keyof LazyViews>(name: K): Promise<LazyViews[K]> {
  let pending = loading.get(name) as Promise<LazyViews[K]> | undefined;
  if (!pending) {
    const { script, style } = LAZY_VIEWS[name];
    const beside = (file: string) => new URL(file, import.meta.url).href;
    pending = Promise.all([import(beside(script)) as Promise<LazyViews[K]>, style ? styleSheet(beside(style)) : undefined]).then(
      ([view]) => view,
      (error: unknown) => {
        loading.delete(name);
        throw error;
      },
    );
    loading.set(name, pending);
  }
  return pending;
}
