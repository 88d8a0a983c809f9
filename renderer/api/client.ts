/**
 * The renderer's typed client: one method per contract channel, grouped by
 * the part before the dot (`client.chapters.get({ id })`, `client.search({ query })`).
 * A refused call throws an `ApiError` whose message is the catalogue's sentence
 * for the user; the raw envelope never reaches UI code.
 */
import {
  Envelope,
  channels,
  type Channel,
  type Input,
  type IpcErrorCode,
  type MenuCommand,
  type Output,
} from '../../main/ipc/contract.js';
import { message, type Locale } from '../../main/model/index.js';
import type { Transport } from './transport.js';

export class ApiError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    readonly params: Record<string, string | number>,
    text: string,
  ) {
    super(text);
    this.name = 'ApiError';
  }
}

/** Channels whose input needs no property can be called without an argument. */
type Method<C extends Channel> = Record<string, never> extends Input<C>
  ? (input?: Input<C>) => Promise<Output<C>>
  : (input: Input<C>) => Promise<Output<C>>;

type Namespace<C> = C extends `${infer N}.${string}` ? N : never;

export type Client = {
  [N in Namespace<Channel>]: { [C in Channel as C extends `${N}.${infer M}` ? M : never]: Method<C> };
} & {
  [C in Channel as C extends `${string}.${string}` ? never : C]: Method<C>;
} & {
  /** Any channel by name, for code that is generic over channels. */
  call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
  imageUrl(hash: string): string;
  onCommand(listener: (command: MenuCommand) => void): () => void;
};

export function createClient(transport: Transport, locale: Locale = 'nl'): Client {
  async function call(channel: Channel, input: unknown): Promise<unknown> {
    let raw: unknown;
    try {
      // A method called without its argument sends {}; a null argument is a value (export.prepare's "dialog closed").
      raw = await transport.invoke(channel, input === undefined ? {} : input);
    } catch {
      throw unexpected(channel);
    }
    const envelope = Envelope.safeParse(raw);
    if (!envelope.success) throw unexpected(channel);
    if (!envelope.data.ok) {
      const { code, params, message: text } = envelope.data.error;
      throw new ApiError(code, params, text);
    }
    return envelope.data.value;
  }

  function unexpected(channel: Channel): ApiError {
    return new ApiError('unexpected', { channel }, message(locale, 'error.unexpected', { channel }));
  }

  const client: Record<string, unknown> = {
    call,
    imageUrl: (hash: string) => transport.imageUrl(hash),
    onCommand: (listener: (command: MenuCommand) => void) => transport.onCommand(listener),
  };
  for (const channel of channels) {
    const method = (input?: unknown) => call(channel, input);
    const dot = channel.indexOf('.');
    if (dot < 0) {
      client[channel] = method;
    } else {
      const group = (client[channel.slice(0, dot)] ??= {}) as Record<string, unknown>;
      group[channel.slice(dot + 1)] = method;
    }
  }
  // The loop above builds exactly the shape `Client` describes, channel by channel;
  // TypeScript cannot follow a shape built from a runtime list, hence the cast.
  return client as unknown as Client;
}
