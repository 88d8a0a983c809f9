/**
 * Child-process harness: runs the built Electron main bundle against the
 * fake Electron, drives what it installed and prints a JSON report.
 * argv: <main bundle> <user data folder> <project to open via second-instance>
 */
import { existsSync, readFileSync } from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import { createFakeElectron, fakeEvent, type FakeWebContents } from './fake-electron.js';

const [mainBundle, userData, otherProject] = process.argv.slice(2) as [string, string, string];
const fake = createFakeElectron(userData);

type Load = (request: string, parent: unknown, isMain: boolean) => unknown;
const loader = Module as unknown as { _load: Load };
const realLoad = loader._load;
loader._load = function load(request, parent, isMain) {
  return request === 'electron' ? fake.module : realLoad.call(this, request, parent, isMain);
};

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 25));
  if (!condition()) throw new Error('timed out');
}

async function main(): Promise<void> {
  process.argv = ['/opt/bundel/bundel'];
  Module.createRequire(mainBundle)(mainBundle);
  await until(() => fake.windows.length === 1);
  const [demo] = fake.windows;
  const contents = demo!.webContents;
  const invoke = fake.recorded.ipcHandlers.get('bundel:invoke')!;
  const call = (frame: object | null, channel: unknown, payload: unknown, sender: FakeWebContents = contents) =>
    invoke({ sender, senderFrame: frame }, channel, payload) as Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
  const mainFrame = { url: 'bundel://app/index.html', parent: null };

  const info = await call(mainFrame, 'project.info', {});
  const visuals = (await call(mainFrame, 'visuals.list', {})).value as { source: { type: string; hash?: string; mime?: string } }[];
  const { hash = '', mime } = visuals.find((v) => v.source.type === 'image')?.source ?? {};
  const appSession = fake.sessions.get('persist:bundel')!;
  const serve = appSession.protocolHandlers.get('bundel')!;
  const image = await serve(new Request(`bundel://image/${hash}`));
  const missing = await serve(new Request('bundel://app/%2e%2e/%2e%2e/etc/passwd.txt'));
  const otherHost = await serve(new Request('bundel://files/etc/passwd'));

  const navigate = (url: string) => {
    const event = fakeEvent();
    contents.emit('will-navigate', event, url);
    return event.prevented;
  };
  let permission: unknown;
  appSession.permissionRequest?.(contents, 'media', (granted: boolean) => (permission = granted));
  let cancelRemote: unknown;
  appSession.beforeRequest?.({ url: 'https://example.org/x.js', webContentsId: contents.id }, (r: { cancel: boolean }) => (cancelRemote = r.cancel));

  const report: Record<string, unknown> = {
    schemes: fake.recorded.privilegedSchemes,
    switches: Object.fromEntries(fake.recorded.switches),
    demoExists: existsSync(path.join(userData, 'Voorbeeldbundel.bundel')),
    window: { url: demo!.url, title: demo!.options.title, webPreferences: demo!.options.webPreferences },
    info: info.value,
    untrusted: {
      otherOrigin: (await call({ url: 'https://evil.example/', parent: null }, 'project.info', {})).error?.code,
      subframe: (await call({ url: 'bundel://app/index.html', parent: mainFrame }, 'project.info', {})).error?.code,
      noFrame: (await call(null, 'project.info', {})).error?.code,
      otherContents: (await call(mainFrame, 'project.info', {}, { id: 9999 } as FakeWebContents)).error?.code,
    },
    unknownChannel: (await call(mainFrame, 'store.close', {})).error?.code,
    badPayload: (await call(mainFrame, 'workgroups.get', { id: 1 })).error?.code,
    image: { status: image.status, type: image.headers.get('content-type'), mime, csp: image.headers.get('content-security-policy') },
    missingStatus: [missing.status, otherHost.status],
    navigationPrevented: { app: navigate('bundel://app/index.html'), web: navigate('https://example.org/'), file: navigate('file:///etc/passwd') },
    windowOpen: contents.windowOpenHandler?.({ url: 'https://example.org/nieuw' }),
    openedExternally: [...fake.recorded.openedExternally],
    permission,
    cancelRemote,
    menu: (fake.recorded.menus.at(-1) as { label: string }[]).map((m) => m.label),
  };

  fake.app.emit('second-instance', fakeEvent(), ['/opt/bundel/bundel', otherProject], '/');
  await until(() => fake.windows.length === 2);
  fake.app.emit('second-instance', fakeEvent(), ['/opt/bundel/bundel', otherProject], '/');
  await new Promise((r) => setTimeout(r, 100));
  report.windowsAfterSecondInstance = fake.windows.length;
  report.secondTitle = fake.windows[1]!.options.title;

  // One window's UI switches to English: the menu, main's messages and every window follow; the file keeps it.
  const languageFile = path.join(userData, 'language.json');
  const switched = await call(mainFrame, 'app.setLocale', { locale: 'en' });
  await until(() => existsSync(languageFile));
  report.language = {
    answer: switched.value,
    menu: (fake.recorded.menus.at(-1) as { label: string }[]).map((m) => m.label),
    told: fake.windows.map((w) => w.webContents.sent.filter(([name]) => name === 'bundel:command').map(([, command]) => command)),
    unknownChannel: (await call(mainFrame, 'store.close', {})).error?.message,
    titles: fake.windows.map((w) => w.options.title),
    file: JSON.parse(readFileSync(languageFile, 'utf8')) as unknown,
  };

  demo!.close();
  await until(() => existsSync(path.join(userData, 'window-state.json')));
  report.closedStoreAnswers = (await call(mainFrame, 'project.info', {})).error?.code;
  report.windowState = JSON.parse(readFileSync(path.join(userData, 'window-state.json'), 'utf8'));
  report.recent = (JSON.parse(readFileSync(path.join(userData, 'recent.json'), 'utf8')) as { name: string }[]).map((r) => r.name);
  process.stdout.write(JSON.stringify(report));
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(String(error instanceof Error ? error.stack : error));
  process.exit(1);
});
