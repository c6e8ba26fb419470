// Loaded with `node --require bench/probe.cjs`: on exit, writes this process's CPU time and peak RSS
// to the file named by PLAN_DIFF_BENCH_PROBE, so the benchmark measures whole-process runs portably.
'use strict';
const fs = require('node:fs');
const target = process.env.PLAN_DIFF_BENCH_PROBE;
if (target) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    fs.writeFileSync(target, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssKb: u.maxRSS }));
  });
}
