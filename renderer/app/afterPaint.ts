/**
 * A task run once just after the next frame is painted, however often it is
 * asked for before then. Work a keystroke brings that its own frame need not
 * show (what the toolbar shows, where the thread cards stand) runs here, so
 * the typed text reaches the screen first and the rest follows a frame later.
 * A timer would not do: it may run before the frame and hold it up.
 */
export interface AfterPaint {
  request(): void;
  /** Drops a waiting run; the task does not run again after this. */
  cancel(): void;
}

export function afterPaint(task: () => void): AfterPaint {
  const channel = new MessageChannel();
  let frame = 0;
  let waiting = false;
  // A message posted from a frame callback is delivered after that frame's paint.
  channel.port1.onmessage = () => {
    waiting = false;
    task();
  };
  return {
    request() {
      if (waiting) return;
      waiting = true;
      frame = requestAnimationFrame(() => channel.port2.postMessage(null));
    },
    cancel() {
      cancelAnimationFrame(frame);
      channel.port1.close();
    },
  };
}
