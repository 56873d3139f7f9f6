import { lazy, type ComponentType } from 'react';

/**
 * A resource screen loaded when first shown: each screen file becomes its own chunk, so the
 * first page load carries only the shell, the menu and the dashboard. react-admin's layout
 * shows its loading indicator (a Suspense boundary) while a chunk arrives.
 */
export function lazyScreen<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): ComponentType {
  return lazy(async () => ({ default: (await load())[name] as ComponentType<object> }));
}
