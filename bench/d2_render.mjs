// Draws a D2 file to SVG with D2's own JavaScript build (npm @terrastruct/d2),
// for bench/run.sh: node bench/d2_render.mjs IN.d2 OUT.svg. Resolves the
// package from NODE_PATH or the folder the benchmark was given.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error("usage: node bench/d2_render.mjs IN.d2 OUT.svg");
  process.exit(2);
}
// The package's ES module entry, found from where npm installed it.
const require = createRequire(pathToFileURL(process.env.BENCH_PEERS ? process.env.BENCH_PEERS + "/" : "./").href);
const main = require.resolve("@terrastruct/d2");
const root = main.slice(0, main.lastIndexOf("/dist/"));
const entry = JSON.parse(readFileSync(root + "/package.json", "utf8")).exports["."].import.default;
const { D2 } = await import(pathToFileURL(root + "/" + entry).href);
const d2 = new D2();
const result = await d2.compile(readFileSync(input, "utf8"));
writeFileSync(output, await d2.render(result.diagram, result.renderOptions));
process.exit(0);
