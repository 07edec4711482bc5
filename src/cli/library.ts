/**
 * The library, loaded when a command runs, so that `--help` and `--version` start without it (and
 * without the unit parser: issue 9). The build points these imports at dist/index.js and
 * dist/node.js, so the command line shares the package's one copy of the library.
 */
export async function library() {
  const [core, node] = await Promise.all([import('../index.js'), import('../node/index.js')]);
  return { ...core, ...node };
}

export type Library = Awaited<ReturnType<typeof library>>;
