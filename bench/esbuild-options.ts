import type { BuildOptions } from 'esbuild';

/** serverless-esbuild's own settings, which it strips before calling esbuild. */
const pluginOnly = new Set([
  'concurrency', 'zipConcurrency', 'exclude', 'nativeZip', 'packager', 'packagePath', 'watch', 'keepOutputDirectory',
  'packagerOptions', 'installExtraArgs', 'outputFileExtension', 'outputBuildFolder', 'outputWorkFolder', 'nodeExternals',
  'skipBuild', 'skipRebuild', 'skipBuildExcludeFns', 'stripEntryResolveExtensions', 'disposeContext',
]);

/** The esbuild options serverless-esbuild derives from `custom.esbuild`, so a baseline is built the same way. */
export function esbuildOptionsFrom(custom: Record<string, unknown>): BuildOptions {
  const options = Object.fromEntries(Object.entries(custom).filter(([key]) => !pluginOnly.has(key))) as BuildOptions;
  const strings = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);
  const outputFileExtension = (custom.outputFileExtension as string | undefined) ?? '.js';
  return {
    ...options,
    external: [...strings(custom.external), ...strings(custom.exclude)],
    ...(outputFileExtension !== '.js' ? { outExtension: { '.js': outputFileExtension } } : {}),
  };
}
