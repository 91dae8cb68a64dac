// Renders icons/backstride.svg to the PNG sizes the manifest uses. Run after editing the SVG;
// the PNGs are committed so a build needs no rasteriser.
import { readFileSync, writeFileSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";

const svg = readFileSync(new URL("../icons/backstride.svg", import.meta.url));
for (const size of [16, 32, 48, 128]) {
  const png = new Resvg(svg, { fitTo: { mode: "width", value: size } }).render().asPng();
  writeFileSync(new URL(`../icons/icon-${size}.png`, import.meta.url), png);
  console.log(`icons/icon-${size}.png`);
}
