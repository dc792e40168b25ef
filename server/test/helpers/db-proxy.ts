import { connect, createServer, type Socket } from 'node:net';

type Link = { client: Socket; upstream: Socket | null; toUpstream: Buffer[]; toClient: Buffer[] };

/**
 * A TCP proxy between the app and its PostgreSQL that can make the database stop answering the way a hung server or
 * a dead network does: `freeze` stops forwarding both ways and leaves every socket open (new connections are
 * accepted and held, never answered), `thaw` forwards what was held back and carries on, `cut` drops the connections.
 */
export const startDbProxy = async (databaseUrl: string) => {
  const target = new URL(databaseUrl);
  const links = new Set<Link>();
  let frozen = false;
  let accepted = 0;

  const open = (link: Link) => {
    const upstream = connect(Number(target.port), target.hostname);
    link.upstream = upstream;
    upstream.on('data', (chunk: Buffer) => (frozen ? link.toClient.push(chunk) : link.client.write(chunk)));
    upstream.on('error', () => link.client.destroy());
    upstream.on('close', () => link.client.destroy());
  };
  const flush = (link: Link) => {
    if (!link.upstream) open(link);
    for (const chunk of link.toUpstream.splice(0)) link.upstream?.write(chunk);
    for (const chunk of link.toClient.splice(0)) link.client.write(chunk);
  };

  const server = createServer((client) => {
    accepted += 1;
    const link: Link = { client, upstream: null, toUpstream: [], toClient: [] };
    links.add(link);
    client.on('data', (chunk: Buffer) =>
      frozen || !link.upstream ? link.toUpstream.push(chunk) : link.upstream.write(chunk),
    );
    client.on('error', () => {});
    client.on('close', () => {
      link.upstream?.destroy();
      links.delete(link);
    });
    if (!frozen) open(link);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(typeof address === 'object' && address ? address.port : 0);

  return {
    url: url.toString(),
    /** Connections accepted so far (each is one connection attempt of the app). */
    accepted: () => accepted,
    freeze: () => {
      frozen = true;
    },
    thaw: () => {
      frozen = false;
      for (const link of links) flush(link);
    },
    /** Drops every open connection, as a restarted or crashed server does. */
    cut: () => {
      for (const link of links) {
        link.client.destroy();
        link.upstream?.destroy();
      }
    },
    close: async () => {
      for (const link of links) {
        link.client.destroy();
        link.upstream?.destroy();
      }
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};

export type DbProxy = Awaited<ReturnType<typeof startDbProxy>>;
