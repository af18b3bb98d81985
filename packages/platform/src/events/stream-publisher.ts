import { createInbox, headers, type Msg, type MsgHdrs, type NatsConnection } from "@nats-io/transport-node";

/** A message for the event stream, with the id JetStream's duplicate window knows it by. */
export interface StreamMessage {
  subject: string;
  payload: string;
  msgID: string;
  /** More headers (a traceparent); the message id is added to them. */
  headers?: MsgHdrs;
}

export interface StreamPublisher {
  /**
   * Publishes the messages in order and resolves once JetStream has stored each (or knew its id
   * already: a duplicate); rejects when one is refused or not all are answered within `timeoutMs`.
   */
  publishAll(messages: readonly StreamMessage[], timeoutMs: number): Promise<void>;
  /** Stops listening for answers; publishes still waiting time out. */
  close(): void;
}

/** What JetStream answers a publish with. */
interface PublishAnswer {
  stream?: string;
  error?: { code?: number; description?: string };
}

/**
 * JetStream publishes as the relay needs them: many at once, all answered before the batch is
 * marked. `js.publish` makes each one a request of its own (a reply subscription entry, a
 * timer, and on its answer a "cancelled" RequestError with a stack trace that nats-core builds
 * whatever happens: 6% of views' CPU draining a backlog). Here the answers of every batch come
 * to one wildcard reply subscription, and a batch has one timer.
 */
export function streamPublisher(nc: NatsConnection): StreamPublisher {
  const prefix = createInbox();
  const decoder = new TextDecoder();
  const waiting = new Map<string, (answer: Msg) => void>();
  let next = 0;
  const subscription = nc.subscribe(`${prefix}.*`, {
    callback: (error, msg) => {
      if (!error) waiting.get(msg.subject.slice(prefix.length + 1))?.(msg);
    },
  });

  function refusal(answer: Msg, msgID: string): Error | null {
    // No JetStream listens on the subject: nats-server answers with status 503 and no data.
    if (answer.data.length === 0) return new Error(`no stream stored ${msgID} (status ${answer.headers?.code ?? "none"})`);
    let parsed: PublishAnswer;
    try {
      parsed = JSON.parse(decoder.decode(answer.data)) as PublishAnswer;
    } catch {
      return new Error(`JetStream's answer for ${msgID} is not JSON`);
    }
    if (parsed.error) return new Error(`JetStream refused ${msgID}: ${parsed.error.description ?? parsed.error.code}`);
    return parsed.stream ? null : new Error(`JetStream's answer for ${msgID} names no stream`);
  }

  return {
    publishAll(messages, timeoutMs) {
      if (messages.length === 0) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const tokens: string[] = [];
        let unanswered = messages.length;
        let timer: ReturnType<typeof setTimeout> | undefined;
        const settle = (error: Error | null) => {
          clearTimeout(timer);
          for (const token of tokens) waiting.delete(token);
          if (error) reject(error);
          else resolve();
        };
        timer = setTimeout(() => settle(new Error(`JetStream answered ${messages.length - unanswered} of ${messages.length} publishes within ${timeoutMs} ms`)), timeoutMs);
        try {
          for (const m of messages) {
            const token = (next++).toString(36);
            tokens.push(token);
            waiting.set(token, (answer) => {
              waiting.delete(token);
              const refused = refusal(answer, m.msgID);
              if (refused) settle(refused);
              else if (--unanswered === 0) settle(null);
            });
            const carried = m.headers ?? headers();
            carried.set("Nats-Msg-Id", m.msgID);
            nc.publish(m.subject, m.payload, { reply: `${prefix}.${token}`, headers: carried });
          }
        } catch (error) {
          // The connection is closed, or a payload is over the server's limit.
          settle(error as Error);
        }
      });
    },
    close() {
      subscription.unsubscribe();
    },
  };
}
