import { createContext, useContext, useEffect } from "react";
import type { Connection } from "./client.ts";

export interface Live {
  connection: Connection;
  /** Bumped each time the WebSocket comes back after a drop. */
  reconnects: number;
}

export const LiveContext = createContext<Live>({ connection: "connecting", reconnects: 0 });

/**
 * Changes that happened while the socket was down are not replayed to a new subscription,
 * so after a reconnection the page reads its lists afresh.
 */
export function useRefreshOnReconnect(refresh: () => void): void {
  const { reconnects } = useContext(LiveContext);
  useEffect(() => {
    if (reconnects > 0) refresh();
  }, [reconnects]);
}
