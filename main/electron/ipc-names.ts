/** The two Electron IPC channels the preload and main share; the contract's channel travels as an argument. */
export const ipcNames = {
  /** renderer → main: (contract channel, payload) → envelope. */
  invoke: 'bundel:invoke',
  /** main → renderer: a menu command. */
  command: 'bundel:command',
} as const;
