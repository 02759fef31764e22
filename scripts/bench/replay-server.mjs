// The Node floor of the bench: node:http answering every request with one saved page, nothing
// else. What Node itself costs per answer on this machine, so the server's rows can say how
// much of theirs is ours. Plain JavaScript, started with plain `node`: no loader in the way.
// `processes` above 1 runs that many on the one port (node:cluster), as the server does.
import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [file, port, processes = '1'] = process.argv.slice(2);
if (cluster.isPrimary && Number(processes) > 1) {
  for (let i = 0; i < Number(processes); i += 1) cluster.fork();
} else {
  const body = readFileSync(file);
  const headers = { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length };
  createServer((_request, response) => {
    response.writeHead(200, headers);
    response.end(body);
  }).listen(Number(port), '127.0.0.1');
}
