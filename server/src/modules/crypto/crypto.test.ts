import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertKeysPresent, createKeyring, MissingKeyError } from './keyring';
import { addKeys, loadOrCreateKeysFile } from './keys-file';
import { DecryptionError, newDataKey, open, seal } from './message-crypto';

const conversationId = '7d8a4f0e-3c1b-4e2a-9f6d-5b4c3a2e1f0d';
const other = '1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d';
const now = new Date('2026-11-22T12:00:00Z');
const keysPath = () => path.join(mkdtempSync(path.join(tmpdir(), 'helpline-keys-')), 'nested', 'keys.json');

describe('message encryption', () => {
  const key = newDataKey();
  const sealed = {
    conversationId,
    seq: 3,
    kind: 'message' as const,
    ...seal({ conversationId, seq: 3, kind: 'message', body: 'Ik word gechanteerd' }, key),
  };

  it('round-trips a message', () => {
    expect(open(sealed, key)).toBe('Ik word gechanteerd');
    expect(Buffer.from(sealed.ciphertext).toString()).not.toContain('gechanteerd');
  });

  it('refuses a flipped bit in the ciphertext or the nonce', () => {
    const ciphertext = sealed.ciphertext.slice();
    ciphertext[5] = (ciphertext[5] ?? 0) ^ 1;
    expect(() => open({ ...sealed, ciphertext }, key)).toThrow(DecryptionError);
    const nonce = sealed.nonce.slice();
    nonce[0] = (nonce[0] ?? 0) ^ 0x80;
    expect(() => open({ ...sealed, nonce }, key)).toThrow(DecryptionError);
  });

  it('refuses a ciphertext moved to another row: other seq, conversation or kind', () => {
    expect(() => open({ ...sealed, seq: 4 }, key)).toThrow('another row');
    expect(() => open({ ...sealed, conversationId: other }, key)).toThrow('another row');
    expect(() => open({ ...sealed, kind: 'note' }, key)).toThrow('another row');
    expect(() => open(sealed, newDataKey())).toThrow(DecryptionError);
  });

  it('never repeats a nonce in 100,000 encryptions', () => {
    const nonces = new Set<string>();
    for (let seq = 1; seq <= 100_000; seq++) {
      nonces.add(Buffer.from(seal({ conversationId, seq, kind: 'message', body: 'x' }, key).nonce).toString('base64'));
    }
    expect(nonces.size).toBe(100_000);
  });
});

describe('keys file and keyring', () => {
  it('creates the keys file with mode 0600 and one active key per programme, and keeps it on the next start', () => {
    const file = keysPath();
    const created = loadOrCreateKeysFile(file, ['helpwanted', 'stopitnow'], now);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(created.keys.map((k) => [k.programme, k.active])).toEqual([
      ['helpwanted', true],
      ['stopitnow', true],
    ]);
    expect(loadOrCreateKeysFile(file, ['helpwanted', 'stopitnow'], now)).toEqual(created);
  });

  it('wraps a data key under the programme key and unwraps it; a missing key id is named', () => {
    const keyring = createKeyring(loadOrCreateKeysFile(keysPath(), ['helpwanted'], now));
    const dataKey = newDataKey();
    const { keyId, wrapped } = keyring.wrap('helpwanted', dataKey);
    expect(keyring.unwrap(keyId, wrapped)).toEqual(dataKey);
    expect(() => keyring.unwrap('helpwanted-gone', wrapped)).toThrow(MissingKeyError);
    expect(() => assertKeysPresent(keyring, [keyId, 'helpwanted-gone'])).toThrow('helpwanted-gone');
  });

  it('rotation adds a new active key and keeps the old one able to unwrap', () => {
    const file = keysPath();
    const before = createKeyring(loadOrCreateKeysFile(file, ['stopitnow'], now));
    const dataKey = newDataKey();
    const old = before.wrap('stopitnow', dataKey);
    const after = createKeyring(addKeys(file, ['stopitnow'], new Date('2027-01-01T00:00:00Z')));
    expect(after.activeKeyId('stopitnow')).not.toBe(old.keyId);
    expect(after.unwrap(old.keyId, old.wrapped)).toEqual(dataKey);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});
