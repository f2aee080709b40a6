// shared/ is typechecked without DOM or Node types; these are the web-standard
// globals it relies on, present in both Node and browsers.

interface TextDecoderOptions {
  fatal?: boolean;
  ignoreBOM?: boolean;
}

interface TextDecoder {
  readonly encoding: string;
  decode(input?: Uint8Array): string;
}

// `var`, not `const`: it must merge with lib.dom's and @types/node's own `declare var`.
// eslint-disable-next-line no-var
declare var TextDecoder: {
  prototype: TextDecoder;
  new (label?: string, options?: TextDecoderOptions): TextDecoder;
};
