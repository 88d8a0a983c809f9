/** A stand-in renderer for the browser test: the real client over the bridge transport, reporting what it saw. */
import { createClient, pickTransport } from '../../../../renderer/api/index.js';

async function run(): Promise<Record<string, unknown>> {
  const client = createClient(pickTransport());
  const seen: Record<string, unknown> = {};
  seen.name = (await client.project.info()).name;
  seen.usedIn = (await client.material.summaries())[0]?.usedIn;
  seen.refused = await client.workgroups.get({ id: 'geen geldig id' }).then(
    () => 'answered',
    (error: unknown) => (error as Error).message,
  );
  seen.remoteFetch = await fetch('https://example.org/').then(
    () => 'allowed',
    () => 'blocked',
  );
  try {
    seen.evalResult = (0, eval)('1 + 1') as number;
  } catch {
    seen.evalResult = 'blocked';
  }
  const image = new Image();
  image.src = client.imageUrl(document.body.dataset.hash ?? '');
  seen.imageWidth = await image.decode().then(
    () => image.naturalWidth,
    () => 0,
  );
  return seen;
}

run().then(
  (seen) => document.body.setAttribute('data-seen', JSON.stringify(seen)),
  (error: unknown) => document.body.setAttribute('data-seen', JSON.stringify({ failed: String(error) })),
);
