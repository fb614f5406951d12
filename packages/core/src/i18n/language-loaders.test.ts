import { expect } from '@open-wc/testing';
import { LanguageLoaders } from './language-loaders.js';

/** A loader the test settles by hand, counting its calls. */
function manualLoader(strings: object) {
  const loader = {
    calls: 0,
    settle: (_ok: boolean) => undefined as void,
    load: () => {
      loader.calls += 1;
      return new Promise<object>((resolve, reject) => {
        loader.settle = (ok) => (ok ? resolve(strings) : reject(new Error('offline')));
      });
    },
  };
  return loader;
}

function setUp(eager = false) {
  const delivered: string[] = [];
  const arrived: string[] = [];
  const loaders = new LanguageLoaders((language, namespace) => delivered.push(`${language}:${namespace}`), eager);
  loaders.onLoaded((language) => arrived.push(language));
  return { loaders, delivered, arrived };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('LanguageLoaders', () => {
  const warn = console.warn;
  const warnings: string[] = [];
  before(() => {
    console.warn = (message: unknown) => warnings.push(String(message));
  });
  after(() => {
    console.warn = warn;
  });

  it('loads nothing until a language is asked for, then each part once, shared by concurrent calls', async () => {
    const { loaders, delivered, arrived } = setUp();
    const first = manualLoader({ a: 'A' });
    loaders.add('en', 'one', 'one#1', first.load);
    loaders.add('en', 'one', 'one#1', () => Promise.reject(new Error('a second registration is ignored')));
    await tick();
    expect(first.calls).to.equal(0);
    expect(loaders.has('en')).to.equal(true);
    expect(loaders.has('fr')).to.equal(false);
    expect(loaders.isLoaded('en')).to.equal(false);
    expect(loaders.isLoaded('vi'), 'a language without parts').to.equal(true);
    const [a, b] = [loaders.load('en'), loaders.load('en')];
    expect(a).to.equal(b);
    first.settle(true);
    expect(await a).to.equal(true);
    expect(first.calls).to.equal(1);
    expect(delivered).to.deep.equal(['en:one']);
    expect(arrived).to.deep.equal(['en']);
    expect(loaders.isLoaded('en')).to.equal(true);
    expect(await loaders.load('en')).to.equal(true);
    expect(first.calls).to.equal(1);
  });

  it('waits for a part registered while the language loads, and loads a late part at once', async () => {
    const { loaders, delivered } = setUp();
    const first = manualLoader({});
    const second = manualLoader({});
    const late = manualLoader({});
    loaders.add('en', 'one', 'one#1', first.load);
    const loading = loaders.load('en');
    loaders.add('en', 'two', 'two#1', second.load);
    first.settle(true);
    await tick();
    expect(second.calls, 'the part registered meanwhile').to.equal(1);
    let done = false;
    void loading.then(() => (done = true));
    await tick();
    expect(done, 'not before every part').to.equal(false);
    second.settle(true);
    expect(await loading).to.equal(true);
    loaders.add('en', 'three', 'three#1', late.load);
    expect(late.calls, 'English was asked for: a new part loads right away').to.equal(1);
    late.settle(true);
    await tick();
    expect(delivered).to.deep.equal(['en:one', 'en:two', 'en:three']);
  });

  it('resolves false and warns when a part fails, and tries it again next time', async () => {
    const { loaders, delivered } = setUp();
    const flaky = manualLoader({});
    loaders.add('en', 'flaky', 'flaky#1', flaky.load);
    const failing = loaders.load('en');
    flaky.settle(false);
    expect(await failing).to.equal(false);
    expect(warnings.at(-1)).to.contain('"en" strings of "flaky" did not load');
    expect(loaders.isLoaded('en')).to.equal(false);
    const retry = loaders.load('en');
    expect(flaky.calls).to.equal(2);
    flaky.settle(true);
    expect(await retry).to.equal(true);
    expect(delivered).to.deep.equal(['en:flaky']);
  });

  it('loads every part as soon as it is registered when eager (outside a browser)', async () => {
    const { loaders, delivered } = setUp(true);
    const part = manualLoader({});
    loaders.add('en', 'one', 'one#1', part.load);
    expect(part.calls).to.equal(1);
    part.settle(true);
    await tick();
    expect(delivered).to.deep.equal(['en:one']);
  });
  it('loadAsked waits for the parts registered late for the languages asked for, and loads no other language', async () => {
    const { loaders, delivered } = setUp();
    expect(await loaders.load('en'), 'nothing registered yet').to.equal(true);
    const english = manualLoader({ a: 'A' });
    const french = manualLoader({ a: 'À' });
    loaders.add('en', 'late', 'late#1', english.load);
    loaders.add('fr', 'late', 'late#2', french.load);
    let settled = false;
    const waiting = loaders.loadAsked().then((ok) => ((settled = true), ok));
    await tick();
    expect(settled, 'waits for the English part').to.equal(false);
    english.settle(true);
    expect(await waiting).to.equal(true);
    expect(delivered).to.deep.equal(['en:late']);
    expect(french.calls, 'French was never asked for').to.equal(0);
  });
});
