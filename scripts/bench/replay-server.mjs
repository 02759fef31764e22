// The Node floor of the bench: node:http answering every request with one saved page, nothing
// else. What Node itself costs per answer on this machine, so the server's rows can say how
// much of theirs is ours. Plain JavaScript, started with plain `node`: no loader in the way.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [file, port] = process.argv.slice(2);
const body = readFileSync(file);
const headers = { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length };
createServer((_request, response) => {
  response.writeHead(200, headers);
  response.end(body);
}).listen(Number(port), '127.0.0.1');
