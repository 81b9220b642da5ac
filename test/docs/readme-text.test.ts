// What the README tells a newcomer to type and to expect holds: its curl commands send what curl
// can (a URL percent-encoded, as curl sends raw UTF-8 that the server refuses), the Node.js it asks
// for is the one package.json's engines sets, and it names the API's fields as the API spells them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');
const engines = (JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { engines: { node: string } }).engines.node;

describe('the README', () => {
  it('percent-encodes every URL it gives curl', () => {
    const commands = readme.split('\n').filter((line) => /^\s*curl\s/.test(line));
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) expect(command.replace(/\s#.*$/, ''), command).toMatch(/^[\x20-\x7e]*$/);
  });

  it('asks for the Node.js that package.json’s engines sets', () => {
    const least = /^>=\s*(\d+\.\d+)/.exec(engines)?.[1];
    expect(least).toBeDefined();
    expect(readme).toContain(`Node.js ${least} or later`);
    // Nor does it say "Node 20" anywhere, which 20.0 to 20.18 would read as enough.
    for (const [mention, version] of readme.matchAll(/\bNode(?:\.js)? (\d+(?:\.\d+)?)/g)) expect(version, mention).toMatch(/\./);
  });

  it('names the meeting’s organizers as the API spells them', () => {
    expect(readme).toContain('organizers');
    expect(readme).not.toMatch(/\borganisers\b/);
  });
});
