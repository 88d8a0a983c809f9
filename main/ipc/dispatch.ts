/**
 * The one door into main: a channel name and a payload from an untrusted
 * renderer go in, an envelope comes out. Unknown channels and payloads that do
 * not match the contract are refused before any handler runs; what a handler
 * returns is checked against the contract before it leaves.
 */
import { contract, isChannel, type Envelope } from './contract.js';
import { consoleLogger, invalidPayloadError, toIpcError, unexpectedError, unknownChannelError, type Logger } from './errors.js';
import type { Handlers } from './handlers.js';
import type { Language } from './language.js';

export type Dispatch = (channel: unknown, payload: unknown) => Promise<Envelope>;

export interface DispatcherOptions {
  handlers: Handlers;
  /** The errors' sentences are said in the app's language at the moment they are made. */
  language: Language;
  log?: Logger;
}

export function createDispatcher({ handlers, language, log = consoleLogger }: DispatcherOptions): Dispatch {
  return async (channel, payload) => {
    const locale = language.current;
    if (!isChannel(channel)) return { ok: false, error: unknownChannelError(channel, locale) };
    const spec = contract[channel];
    const input = spec.input.safeParse(payload);
    if (!input.success) return { ok: false, error: invalidPayloadError(channel, input.error.issues, locale) };

    // The handler's input type depends on the channel; zod has just checked
    // the payload against exactly that channel's schema, so this call is sound.
    const handler = handlers[channel] as (input: unknown) => unknown;
    let value: unknown;
    try {
      value = await handler(input.data);
    } catch (error) {
      return { ok: false, error: toIpcError(error, channel, locale, log) };
    }

    const output = spec.output.safeParse(value);
    if (!output.success) {
      log.error(`${channel} returned a value outside the contract`, output.error);
      return { ok: false, error: unexpectedError(channel, locale) };
    }
    return { ok: true, value: output.data };
  };
}
