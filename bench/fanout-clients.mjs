/**
 * A share of the fan-out benchmark's subscribers, in a worker thread so that reading
 * thousands of sockets does not queue behind one event loop (which would be measured as
 * router latency). Each subscriber speaks graphql-ws over a plain TCP socket with the
 * WebSocket framing done here in a few lines: a full client library costs more CPU per
 * message than the router spends delivering it, and on two cores that would be measured
 * as router latency. Messages: "open" → opened, "report" → latencies and values seen.
 * workerData: { url, query, valueField, subscribers: { token, variables, subscriptions? }[] };
 * a subscriber with `subscriptions: n` sends n subscriptions (ids "1".."n") on its one socket.
 */
import { randomBytes } from "node:crypto";
import { connect } from "node:net";
import { parentPort, workerData } from "node:worker_threads";

// Plain JavaScript: worker threads do not get tsx's loader on Node 20.
const { url, query, valueField, subscribers } = workerData;
const target = new URL(url);
const latencies = [];
const seen = [];
const sockets = [];
/** Messages other than a change: an error result, an error, or the end of the subscription. */
const errors = [];
/** Close frames the server sent: code and reason. */
const closes = [];
/** Sockets that ended without this worker closing them. */
let ended = 0;
let closing = false;
const valuePattern = new RegExp(`"${valueField}":"?([^",}]+)`);

/** A masked client frame, text unless another opcode is given (RFC 6455 §5.3: clients must mask). */
function clientFrame(text, opcode = 0x1) {
  const payload = Buffer.from(text);
  const header = payload.length < 126 ? 2 : 4;
  const frame = Buffer.alloc(header + 4 + payload.length);
  frame[0] = 0x80 | opcode;
  if (header === 2) frame[1] = 0x80 | payload.length;
  else {
    frame[1] = 0x80 | 126;
    frame.writeUInt16BE(payload.length, 2);
  }
  const mask = randomBytes(4);
  mask.copy(frame, header);
  for (let i = 0; i < payload.length; i++) frame[header + 4 + i] = payload[i] ^ mask[i & 3];
  return frame;
}

/**
 * Server frames are unmasked; yields each complete text message in `buffer` and answers
 * pings (graphql-ws closes a socket that leaves its keep-alive ping unanswered); returns
 * what is left of an incomplete frame.
 */
function readFrames(socket, buffer, onMessage) {
  let offset = 0;
  while (buffer.length - offset >= 2) {
    let length = buffer[offset + 1] & 0x7f;
    let header = 2;
    if (length === 126) {
      if (buffer.length - offset < 4) break;
      length = buffer.readUInt16BE(offset + 2);
      header = 4;
    } else if (length === 127) {
      if (buffer.length - offset < 10) break;
      length = Number(buffer.readBigUInt64BE(offset + 2));
      header = 10;
    }
    if (buffer.length - offset < header + length) break;
    const opcode = buffer[offset] & 0x0f;
    if (opcode === 0x1) onMessage(buffer.toString("latin1", offset + header, offset + header + length));
    else if (opcode === 0x8) closes.push(`${length >= 2 ? buffer.readUInt16BE(offset + header) : "-"} ${buffer.toString("utf8", offset + header + 2, offset + header + length)}`);
    else if (opcode === 0x9) socket.write(clientFrame(buffer.subarray(offset + header, offset + header + length), 0xa));
    offset += header + length;
  }
  return offset === buffer.length ? null : buffer.subarray(offset);
}

function onMessage(socket, subscriber, text, resolve) {
  if (text.startsWith('{"type":"connection_ack"')) {
    for (let id = 1; id <= (subscriber.subscriptions ?? 1); id++) {
      socket.write(clientFrame(JSON.stringify({ id: String(id), type: "subscribe", payload: { query, variables: subscriber.variables } })));
    }
    resolve();
    return;
  }
  if (text.includes('"errors"') || text.startsWith('{"type":"error"') || text.includes('"type":"complete"')) {
    errors.push(text.slice(0, 300));
    return;
  }
  const at = /"occurredAt":"([^"]+)"/.exec(text);
  const value = valuePattern.exec(text);
  if (at && value) {
    latencies.push(Date.now() - Date.parse(at[1]));
    seen.push(value[1]);
  }
}

function open(subscriber) {
  const { token } = subscriber;
  return new Promise((resolve, reject) => {
    const socket = connect(Number(target.port), target.hostname);
    sockets.push(socket);
    socket.setNoDelay(true);
    socket.once("close", () => closing || ended++);
    socket.once("error", reject);
    let upgraded = false;
    let pending = null;
    socket.on("connect", () =>
      socket.write(
        `GET ${target.pathname} HTTP/1.1\r\nHost: ${target.host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          `Sec-WebSocket-Key: ${randomBytes(16).toString("base64")}\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n`,
      ),
    );
    socket.on("data", (chunk) => {
      let data = pending ? Buffer.concat([pending, chunk]) : chunk;
      if (!upgraded) {
        const end = data.indexOf("\r\n\r\n");
        if (end < 0) {
          pending = data;
          return;
        }
        if (!data.toString("latin1", 0, 12).includes(" 101")) return reject(new Error(`upgrade refused: ${data.toString("latin1", 0, end)}`));
        upgraded = true;
        socket.write(clientFrame(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${token}` } })));
        data = data.subarray(end + 4);
      }
      pending = readFrames(socket, data, (text) => onMessage(socket, subscriber, text, resolve));
    });
  });
}

parentPort.on("message", async (message) => {
  if (message === "open") {
    for (let i = 0; i < subscribers.length; i += 250) await Promise.all(subscribers.slice(i, i + 250).map(open));
    parentPort.postMessage({ opened: sockets.length });
  } else if (message === "report") {
    parentPort.postMessage({ latencies, seen, errors: errors.length, firstError: errors[0], ended, closes: closes.length, firstClose: closes[0] });
  } else if (message === "close") {
    closing = true;
    for (const s of sockets) s.destroy();
    parentPort.postMessage({ closed: true });
  }
});
