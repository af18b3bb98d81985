/**
 * A share of the fan-out benchmark's subscribers, in a worker thread so that reading
 * thousands of sockets does not queue behind one event loop (which would be measured as
 * router latency). Messages: "open" → opened, "report" → latencies and sequences seen.
 */
import { parentPort, workerData } from "node:worker_threads";
import WebSocket from "ws";

// Plain JavaScript: worker threads do not get tsx's loader on Node 20.
const { url, token, query, variables, count } = workerData;
const latencies = [];
const seen = [];
const sockets = [];

function open() {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, "graphql-transport-ws");
    sockets.push(socket);
    socket.once("error", reject);
    socket.on("open", () => socket.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${token}` } })));
    socket.on("message", (raw) => {
      const text = raw.toString();
      if (text.startsWith('{"type":"connection_ack"')) {
        socket.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query, variables } }));
        resolve();
        return;
      }
      const count = /"enrolledCount":(\d+)/.exec(text);
      const at = /"occurredAt":"([^"]+)"/.exec(text);
      if (count && at) {
        latencies.push(Date.now() - Date.parse(at[1]));
        seen.push(Number(count[1]));
      }
    });
  });
}

parentPort.on("message", async (message) => {
  if (message === "open") {
    for (let i = 0; i < count; i += 250) await Promise.all(Array.from({ length: Math.min(250, count - i) }, open));
    parentPort.postMessage({ opened: sockets.length });
  } else if (message === "report") {
    parentPort.postMessage({ latencies, seen });
  } else if (message === "close") {
    for (const s of sockets) s.terminate();
    parentPort.postMessage({ closed: true });
  }
});
