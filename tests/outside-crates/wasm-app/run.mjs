// Runs the wasm-app's checks under node: `node run.mjs path/to/outside_wasm_app.wasm`.
// The default build imports nothing from JavaScript, so no glue is needed.
import { readFile } from "node:fs/promises";

const bytes = await readFile(process.argv[2]);
const { instance, module } = await WebAssembly.instantiate(bytes, {});
const imports = WebAssembly.Module.imports(module);
if (imports.length !== 0) {
  console.error("the default build imports from JavaScript:", imports);
  process.exit(1);
}
const failed = instance.exports.check();
if (failed !== 0) {
  console.error(`wasm-app: check ${failed} failed`);
  process.exit(1);
}
console.log("wasm-app: parse, format, serde, AnyId, from_static and created_at ok under node (no imports)");
