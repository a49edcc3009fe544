// The bundle's entry. The runner starts it twice, as the main step and as the post step (the
// main step leaves state behind, which is how the second start knows); bin/setup-binfmt.js
// starts it as the command line. Each loads only its own part; the modules themselves do nothing
// when imported.
declare global {
  var setupBinfmtCommandLine: boolean | undefined;
}

if (globalThis.setupBinfmtCommandLine) {
  const { main } = await import('./entries/cli.js');
  process.exitCode = await main(process.argv.slice(2));
} else if (process.env.STATE_isPost === 'true') {
  // STATE_KEYS.isPost (state.ts), spelled out: the command line does not load state.ts.
  await (await import('./entries/post.js')).runPost();
} else {
  await (await import('./entries/main.js')).run();
}
