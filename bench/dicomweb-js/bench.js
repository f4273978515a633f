// The peer of bench/dicomweb.sh: the npm dicomweb-client (browser XMLHttpRequest, emulated in Node
// by xhr2) doing the same requests as our client. Usage:
//   node bench.js series URL STUDY SERIES REPEAT
//   node bench.js frames URL STUDY SERIES INSTANCE_PREFIX SLICES INFLIGHT REPEAT
// Prints one JSON line: payload bytes per run, run times in seconds, peak RSS.
'use strict';
global.XMLHttpRequest = require('xhr2');
const { api } = require('dicomweb-client');

const [mode, url, study, series, ...rest] = process.argv.slice(2);
const client = new api.DICOMwebClient({ url, singlepart: false });

// Warm-up rule of WebBench: at least 3 untimed runs, and enough to receive 4000 parts.
const MIN_WARM_UPS = 3;
const WARM_UP_PARTS = 4000;
let partsPerRun = 0;

async function wholeSeries() {
  const parts = await client.retrieveSeries({ studyInstanceUID: study, seriesInstanceUID: series });
  partsPerRun = parts.length;
  return parts.reduce((n, p) => n + p.byteLength, 0);
}

async function frames(prefix, slices, inflight) {
  let next = 1;
  let bytes = 0;
  async function worker() {
    while (next <= slices) {
      const k = next++;
      const parts = await client.retrieveInstanceFrames({
        studyInstanceUID: study, seriesInstanceUID: series, sopInstanceUID: prefix + k, frameNumbers: [1],
      });
      bytes += parts.reduce((n, p) => n + p.byteLength, 0);
    }
  }
  await Promise.all(Array.from({ length: inflight }, worker));
  partsPerRun = slices;
  return bytes;
}

async function main() {
  let work, repeat, inflight = 1;
  if (mode === 'series') {
    work = wholeSeries;
    repeat = Number(rest[0]);
  } else if (mode === 'frames') {
    inflight = Number(rest[2]);
    work = () => frames(rest[0], Number(rest[1]), inflight);
    repeat = Number(rest[3]);
  } else {
    throw new Error('unknown mode ' + mode);
  }
  const bytes = await work();
  const warmUps = Math.max(MIN_WARM_UPS, Math.ceil(WARM_UP_PARTS / Math.max(1, partsPerRun)));
  for (let w = 1; w < warmUps; w++) await work();
  const seconds = [];
  const cpu0 = process.cpuUsage();
  for (let r = 0; r < repeat; r++) {
    const t0 = process.hrtime.bigint();
    const got = await work();
    seconds.push(Number(process.hrtime.bigint() - t0) / 1e9);
    if (got !== bytes) throw new Error(`run ${r} received ${got} bytes, the warm-up ${bytes}`);
  }
  console.log(JSON.stringify({
    tool: 'dicomweb-client-js', scenario: mode, inflight, warmUps, bytes, seconds,
    cpuSecondsPerRun: (() => { const c = process.cpuUsage(cpu0); return (c.user + c.system) / 1e6 / repeat; })(),
    rssPeakBytes: process.resourceUsage().maxRSS * 1024,
  }));
}

main().catch((e) => { console.error(e); process.exit(1); });
