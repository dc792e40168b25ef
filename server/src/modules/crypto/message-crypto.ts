import { randomBytes } from 'node:crypto';
import nacl from 'tweetnacl';

export class DecryptionError extends Error {
  constructor(reason: string) {
    super(`Cannot decrypt: ${reason}`);
    this.name = 'DecryptionError';
  }
}

export type SealedKind = 'message' | 'note';
export type Binding = { conversationId: string; seq: number; kind: SealedKind };

export const newDataKey = () => new Uint8Array(randomBytes(nacl.secretbox.keyLength));

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * secretbox has no associated data, so the row's identity (conversation, kind, seq) goes inside the plaintext and is
 * checked on opening: a ciphertext copied onto another row does not open there.
 */
export const seal = (binding: Binding & { body: string }, dataKey: Uint8Array) => {
  const nonce = new Uint8Array(randomBytes(nacl.secretbox.nonceLength));
  const plaintext = encoder.encode(JSON.stringify([binding.conversationId, binding.kind, binding.seq, binding.body]));
  return { ciphertext: nacl.secretbox(plaintext, nonce, dataKey), nonce };
};

export const open = (sealed: Binding & { ciphertext: Uint8Array; nonce: Uint8Array }, dataKey: Uint8Array): string => {
  const plaintext = nacl.secretbox.open(sealed.ciphertext, sealed.nonce, dataKey);
  if (!plaintext) throw new DecryptionError('the ciphertext was changed or the key is wrong');
  const [conversationId, kind, seq, body] = JSON.parse(decoder.decode(plaintext)) as [string, string, number, string];
  if (conversationId !== sealed.conversationId || kind !== sealed.kind || seq !== sealed.seq) {
    throw new DecryptionError('the ciphertext belongs to another row');
  }
  return body;
};
