// Compiles src/*.sol with the pinned solc from npm and writes deterministic artifacts:
// artifacts/<Name>.abi.json, artifacts/<Name>.bin and artifacts/combined.json (the
// solc --combined-json layout that abigen reads). Run by gen.sh.
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const here = __dirname;
const CONTRACTS = ['NodeRegistry', 'PubkeyRouter', 'PKPNFT', 'PKPPermissions', 'PKPHelper', 'TestWallet'];
const srcDir = path.join(here, 'src');
const outDir = path.join(here, 'artifacts');

const sources = {};
for (const f of fs.readdirSync(srcDir).filter((f) => f.endsWith('.sol')).sort()) {
  sources['src/' + f] = { content: fs.readFileSync(path.join(srcDir, f), 'utf8') };
}

const input = {
  language: 'Solidity',
  sources,
  settings: {
    evmVersion: 'cancun',
    optimizer: { enabled: true, runs: 200 },
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
  },
};

function findImports(p) {
  const full = path.join(here, 'node_modules', p);
  if (!full.startsWith(path.join(here, 'node_modules') + path.sep)) return { error: 'outside node_modules: ' + p };
  try {
    return { contents: fs.readFileSync(full, 'utf8') };
  } catch (e) {
    return { error: 'not found: ' + p };
  }
}

const out = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
let failed = false;
for (const e of out.errors || []) {
  if (e.severity === 'error') failed = true;
  // Warnings from OpenZeppelin are not ours to fix; show errors and our own warnings.
  const file = e.sourceLocation ? e.sourceLocation.file : '';
  if (e.severity === 'error' || file.startsWith('src/')) process.stderr.write(e.formattedMessage + '\n');
}
if (failed) process.exit(1);

fs.mkdirSync(outDir, { recursive: true });
const combined = { contracts: {}, version: solc.version() };
for (const name of CONTRACTS) {
  const unit = 'src/' + name + '.sol';
  const c = out.contracts[unit] && out.contracts[unit][name];
  if (!c) {
    process.stderr.write('missing contract ' + name + '\n');
    process.exit(1);
  }
  fs.writeFileSync(path.join(outDir, name + '.abi.json'), JSON.stringify(c.abi, null, 2) + '\n');
  fs.writeFileSync(path.join(outDir, name + '.bin'), c.evm.bytecode.object + '\n');
  combined.contracts[unit + ':' + name] = {
    abi: c.abi,
    bin: c.evm.bytecode.object,
    'bin-runtime': c.evm.deployedBytecode.object,
  };
}
fs.writeFileSync(path.join(outDir, 'combined.json'), JSON.stringify(combined, null, 1) + '\n');
