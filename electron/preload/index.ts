// Sandboxed preload, bundled into one CommonJS file (dist/electron/preload.cjs):
// with sandbox: true it may only require 'electron'. It exposes one frozen
// object and never ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import { createPlaniBridge } from './bridge';

// ipcRenderer.on passes (event, ...args); the bridge ignores the arguments,
// so the event object (which holds a sender reference) never reaches the page.
contextBridge.exposeInMainWorld('plani', createPlaniBridge(ipcRenderer));
