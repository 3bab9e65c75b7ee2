/** A dataset that cannot be used at all; the message names the cause in words a reader can act on. */
export class DatasetError extends Error {
  override readonly name = 'DatasetError';
  constructor(
    message: string,
    readonly kind:
      'format' | 'empty' | 'too-large' | 'network' | 'http' | 'timeout' | 'cancelled' = 'format',
  ) {
    super(message);
  }
}

export const MAX_EVENTS = 2_000_000;
export const MAX_BYTES = 100 * 1024 * 1024;
