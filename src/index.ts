// The bundle's entry. The runner starts it twice, as the main step and as the post step (the
// main step leaves state behind, which is how the second start knows); bin/setup-binfmt.js
// starts it as the command line. Each loads only its own part.
declare global {
  var setupBinfmtCommandLine: boolean | undefined;
}

if (globalThis.setupBinfmtCommandLine) {
  await import('./cli.js');
} else if (process.env.STATE_isPost === 'true') {
  await import('./post.js');
} else {
  await import('./main.js');
}
