#!/usr/bin/env node
// Writes the README's inputs and outputs tables from action.yml (between the
// <!-- inputs:start/end --> and <!-- outputs:start/end --> markers). `--check` only compares, and
// exits 1 when the README is out of date; `--readme FILE` names another README.
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { parse } from 'yaml';

const args = process.argv.slice(2);
const check = args.includes('--check');
const readmePath = args.includes('--readme') ? args[args.indexOf('--readme') + 1] : 'README.md';
if (readmePath === undefined) {
  process.stderr.write('--readme needs a file\n');
  process.exit(1);
}
/** @type {{ inputs: Record<string, { default?: unknown; description?: unknown }>; outputs: Record<string, { description?: unknown }> }} */
const action = parse(readFileSync('action.yml', 'utf8'));

/** @param {unknown} text */
const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
/** @param {unknown} text */
const code = (text) => (text === '' ? '' : `\`${text}\``);

const tables = {
  inputs: [
    '| input | default | description |',
    '|---|---|---|',
    ...Object.entries(action.inputs).map(
      ([name, input]) => `| \`${name}\` | ${code(input.default ?? '')} | ${cell(input.description)} |`,
    ),
  ],
  outputs: [
    '| output | description |',
    '|---|---|',
    ...Object.entries(action.outputs).map(([name, output]) => `| \`${name}\` | ${cell(output.description)} |`),
  ],
};

const readme = readFileSync(readmePath, 'utf8');
let updated = readme;
for (const [name, rows] of Object.entries(tables)) {
  const pattern = new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`);
  if (!pattern.test(updated)) {
    process.stderr.write(`${readmePath} has no <!-- ${name}:start --> … <!-- ${name}:end --> markers\n`);
    process.exit(1);
  }
  updated = updated.replace(pattern, `$1${rows.join('\n')}\n$2`);
}
// Formatted as prettier formats the README, so that the two never disagree.
const options = (await prettier.resolveConfig('README.md')) ?? {};
updated = await prettier.format(updated, { ...options, filepath: 'README.md' });
if (check) {
  if (updated !== readme) {
    process.stderr.write(`${readmePath} is out of date with action.yml: run "npm run readme"\n`);
    process.exit(1);
  }
} else if (updated !== readme) {
  writeFileSync(readmePath, updated);
  process.stdout.write(`updated ${readmePath}\n`);
}
