#!/usr/bin/env node
// The setup-binfmt command line: the action's own bundle, started as the command line, so that
// both run the very same code.
globalThis.setupBinfmtCommandLine = true;
await import('../dist/index.js');
