import type { Express } from 'express';

type Layer = { route?: { path: string; methods: Record<string, boolean> }; handle?: { stack?: Layer[] } };

/** Every `METHOD /path` the Express app serves, read from its router (nested routers included). */
export const listRoutes = (app: Express): string[] => {
  const walk = (stack: Layer[]): string[] =>
    stack.flatMap((layer) =>
      layer.route
        ? Object.keys(layer.route.methods).map((m) => `${m.toUpperCase()} ${layer.route?.path}`)
        : layer.handle?.stack
          ? walk(layer.handle.stack)
          : [],
    );
  return walk((app as unknown as { router: { stack: Layer[] } }).router.stack);
};
