/**
 * Preloaded (`node --require`) into a CLI child process by the benchmarks: on exit, writes the process's
 * peak RSS as one JSON line to the file named by REGAIN_BENCH_RSS_FILE (so stdout stays the CLI's own).
 */
import { writeFileSync } from 'node:fs';

const target = process.env.REGAIN_BENCH_RSS_FILE;
if (target) process.on('exit', (code) => writeFileSync(target, JSON.stringify({ code, maxRssKb: process.resourceUsage().maxRSS })));
