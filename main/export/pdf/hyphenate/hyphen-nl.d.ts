// `hyphen` ships no types; this is the one function we use from its Dutch patterns.
declare module 'hyphen/nl/index.js' {
  interface HyphenateOptions {
    hyphenChar?: string;
    minWordLength?: number;
  }
  const nl: { hyphenateSync(text: string, options?: HyphenateOptions): string };
  export default nl;
}
