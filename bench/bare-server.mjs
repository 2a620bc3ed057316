// The baseline for the browser host's start figures in `npm run bench`: a bare Node HTTP server on
// loopback that prints its address, as out/main/host.cjs does first, and answers every request at once.
import { createServer } from 'node:http';

const server = createServer((_request, response) => response.end());
server.listen(0, '127.0.0.1', () => process.stdout.write(`http://127.0.0.1:${server.address().port}/\n`));
