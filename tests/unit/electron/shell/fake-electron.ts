/**
 * Just enough of Electron's main-process API to run the built main bundle in
 * plain Node: every call is recorded, so a test can see what the shell did
 * and drive the handlers it installed.
 */
type Listener = (...args: unknown[]) => unknown;

class Emitter {
  private readonly listeners = new Map<string, Listener[]>();
  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }
  once(name: string, listener: Listener): this {
    return this.on(name, listener);
  }
  emit(name: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(name) ?? []) listener(...args);
  }
}

export interface FakeEvent {
  prevented: boolean;
  preventDefault(): void;
}

export function fakeEvent(extra: object = {}): FakeEvent {
  return {
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
    ...extra,
  };
}

let nextId = 1;

export class FakeWebContents extends Emitter {
  readonly id = nextId++;
  windowOpenHandler: ((details: { url: string }) => unknown) | undefined;
  readonly sent: unknown[][] = [];
  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.windowOpenHandler = handler;
  }
  send(...args: unknown[]): void {
    this.sent.push(args);
  }
}

export function createFakeElectron(userData: string) {
  const switches = new Map<string, string | undefined>();
  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    commandLine: { appendSwitch: (name: string, value?: string) => void switches.set(name, value) },
    enableSandbox: () => undefined,
    requestSingleInstanceLock: () => true,
    quit: () => undefined,
    exit: (code: number) => {
      throw new Error(`app.exit(${code})`);
    },
    whenReady: () => Promise.resolve(),
    getPath: (name: string) => (name === 'userData' ? userData : `${userData}/${name}`),
    getVersion: () => '0.1.0',
    addRecentDocument: () => undefined,
  });

  const windows: FakeBrowserWindow[] = [];

  class FakeBrowserWindow extends Emitter {
    static focused: FakeBrowserWindow | null = null;
    readonly webContents = new FakeWebContents();
    url = '';
    destroyed = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
      FakeBrowserWindow.focused = this;
      app.emit('web-contents-created', fakeEvent(), this.webContents);
    }
    static getFocusedWindow(): FakeBrowserWindow | null {
      return FakeBrowserWindow.focused;
    }
    loadURL(url: string): Promise<void> {
      this.url = url;
      return Promise.resolve();
    }
    setRepresentedFilename(): void {}
    setTitle(title: string): void {
      this.options.title = title;
    }
    getNormalBounds() {
      return { x: 10, y: 20, width: 1000, height: 700 };
    }
    isMaximized(): boolean {
      return false;
    }
    isMinimized(): boolean {
      return false;
    }
    restore(): void {}
    show(): void {}
    maximize(): void {}
    focus(): void {
      FakeBrowserWindow.focused = this;
    }
    close(): void {
      this.emit('close', fakeEvent());
      this.destroyed = true;
      if (FakeBrowserWindow.focused === this) FakeBrowserWindow.focused = null;
      this.emit('closed');
    }
  }

  function fakeSession() {
    return {
      protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
      permissionRequest: undefined as Listener | undefined,
      permissionCheck: undefined as Listener | undefined,
      beforeRequest: undefined as Listener | undefined,
      headersReceived: undefined as Listener | undefined,
      get protocol() {
        return { handle: (scheme: string, handler: (request: Request) => Promise<Response>) => this.protocolHandlers.set(scheme, handler) };
      },
      setPermissionRequestHandler(handler: Listener) {
        this.permissionRequest = handler;
      },
      setPermissionCheckHandler(handler: Listener) {
        this.permissionCheck = handler;
      },
      setDevicePermissionHandler: () => undefined,
      setDisplayMediaRequestHandler: () => undefined,
      get webRequest() {
        return {
          onBeforeRequest: (handler: Listener) => (this.beforeRequest = handler),
          onHeadersReceived: (handler: Listener) => (this.headersReceived = handler),
        };
      },
    };
  }
  const sessions = new Map<string, ReturnType<typeof fakeSession>>();
  const defaultSession = fakeSession();

  const recorded = {
    /** Chromium's command-line switches the shell appended. */
    switches,
    privilegedSchemes: [] as unknown[],
    ipcHandlers: new Map<string, Listener>(),
    menus: [] as unknown[],
    openedExternally: [] as string[],
  };

  const display = { workArea: { x: 0, y: 0, width: 1920, height: 1080 } };
  const module = {
    app,
    BrowserWindow: FakeBrowserWindow,
    protocol: { registerSchemesAsPrivileged: (schemes: unknown[]) => recorded.privilegedSchemes.push(...schemes) },
    session: {
      defaultSession,
      fromPartition: (partition: string) => {
        if (!sessions.has(partition)) sessions.set(partition, fakeSession());
        return sessions.get(partition);
      },
    },
    screen: { getPrimaryDisplay: () => display, getAllDisplays: () => [display] },
    ipcMain: { handle: (channel: string, handler: Listener) => recorded.ipcHandlers.set(channel, handler) },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => recorded.menus.push(menu),
    },
    dialog: {
      showMessageBox: () => Promise.resolve({ response: 0 }),
      showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
      showSaveDialog: () => Promise.resolve({ canceled: true }),
    },
    shell: {
      openExternal: (url: string) => {
        recorded.openedExternally.push(url);
        return Promise.resolve();
      },
    },
  };
  return { module, app, windows, sessions, defaultSession, recorded };
}
