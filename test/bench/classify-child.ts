import { Writable } from 'node:stream';
import { main } from '../../server/cli/main';

// Runs `regain classify --input FILE` in its own process, discarding output, then reports peak RSS.
const sink = new Writable({ write: (_chunk, _enc, done) => done() });
main(['classify', '--input', process.argv[2]!], { stdout: sink, stderr: process.stderr }).then((code) => {
  process.stdout.write(`${JSON.stringify({ code, maxRssKb: process.resourceUsage().maxRSS })}\n`);
});
