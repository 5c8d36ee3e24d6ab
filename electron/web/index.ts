// Browser-mode entry point for the CLI's `serve` command.
export { startWebBridge, LOOPBACK_HOST, MAX_BODY_BYTES, type WebBridge, type WebBridgeOptions } from './bridge';
