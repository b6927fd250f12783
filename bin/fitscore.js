#!/usr/bin/env node
// CommonJS (bin/package.json), like dist/cli.cjs: Node starts no ES module loader for the CLI.
const { main, nodeIo } = require('../dist/cli.cjs');
main(process.argv.slice(2), nodeIo()).then((code) => {
  process.exitCode = code;
});
