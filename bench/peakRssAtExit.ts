/**
 * Preloaded (`node --require`) into the CLI process the workspace bench times: when the process exits, it
 * writes `{ peakRssMb, cpuSeconds }` as JSON to the file named by SEED_READER_BENCH_RSS. Worker threads share
 * the process, so both figures cover the whole pool: its peak resident set and its CPU time (user and
 * system, every thread), which, unlike the wall time, other work on the machine hardly changes.
 */
import * as fs from 'fs';

const file = process.env.SEED_READER_BENCH_RSS;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    fs.writeFileSync(file, JSON.stringify({ peakRssMb: usage.maxRSS / 1024, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6 }));
  });
}
