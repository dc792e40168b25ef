import compile from 'icu-minify/compile';
import { describe, expect, it } from 'vitest';
import { messages } from './request';

type Tree = { [key: string]: string | Tree };

/** Every message by its dotted key. */
const flatten = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : flatten(value, `${prefix}${key}.`),
  );

/** The arguments a compiled message reads (`{name}`, `{count, plural, ...}`), nested ones included. */
const argumentsOf = (node: unknown): string[] => {
  if (!Array.isArray(node)) return [];
  const [head, , options] = node;
  const own = typeof head === 'string' && node.length <= 3 && (node.length === 1 || typeof node[1] === 'number');
  if (own) return [head, ...Object.values(options ?? {}).flatMap(argumentsOf)];
  return node.flatMap(argumentsOf);
};

const dutch = new Map(flatten(messages.nl));
const english = new Map(flatten(messages.en));

describe('messages', () => {
  it('has the same keys in Dutch and English', () => {
    expect([...english.keys()].sort()).toEqual([...dutch.keys()].sort());
  });

  it('parses every message as ICU, and each language reads the same arguments', () => {
    for (const [key, nl] of dutch) {
      const en = english.get(key) ?? '';
      const nlArguments = new Set(argumentsOf(compile(nl)));
      expect(new Set(argumentsOf(compile(en))), key).toEqual(nlArguments);
    }
  });
});
