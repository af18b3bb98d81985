import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { messageOf } from "./format.ts";
import { useRefreshOnReconnect } from "./live.ts";
import { LEARNING_QUEUE, REGISTER_FINAL_EVALUATION, REGISTER_INTERIM_EVALUATION, START_LEARNING, type QueuedLearning } from "./study-operations.ts";

/**
 * The learning manager: the learning records awaiting a manager (start one: it becomes theirs)
 * and their own in progress (register interim evaluations, then the final one, once evaluations
 * opened the record's sheet). The queue is read again after each action and on demand.
 */
export function StudyManagerPage({ managerName }: { managerName: string }) {
  const [queue, refetch] = useQuery<{ learningQueue: QueuedLearning[] }>({ query: LEARNING_QUEUE });
  const [starting, start] = useMutation(START_LEARNING);
  const [error, setError] = useState<string | null>(null);
  const refresh = () => refetch({ requestPolicy: "network-only" });
  useRefreshOnReconnect(refresh);

  async function startLearning(id: string) {
    setError(null);
    const result = await start({ input: { learningId: id, managerName } });
    if (result.error) setError(messageOf(result.error));
    refresh();
  }

  const list = queue.data?.learningQueue ?? [];
  return (
    <section aria-labelledby="learning-queue">
      <h2 id="learning-queue">Learning queue</h2>
      <button type="button" data-testid="queue-refresh" onClick={refresh} disabled={queue.fetching}>
        Refresh
      </button>
      {queue.error && <p role="alert">{messageOf(queue.error)}</p>}
      {error && (
        <p role="alert" className="error" data-testid="learning-manager-error">
          {error}
        </p>
      )}
      {list.length === 0 ? (
        <p data-testid="empty-queue">Nothing awaits you.</p>
      ) : (
        <table data-testid="learning-queue-table">
          <thead>
            <tr>
              <th>Order</th>
              <th>Course</th>
              <th>Student</th>
              <th>Status</th>
              <th>Interim</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.map((l) => (
              <tr key={l.id} data-testid={`queue-${l.orderNumber}`}>
                <td>{l.orderNumber}</td>
                <td>{l.courseTitle}</td>
                <td>{l.student?.name ?? "—"}</td>
                <td>
                  <span className={`status study-status-${l.status.toLowerCase()}`} data-testid={`queue-status-${l.orderNumber}`}>
                    {l.status}
                  </span>
                </td>
                <td data-testid={`queue-interim-${l.orderNumber}`}>{l.interimEvaluations > 0 ? `${l.interimEvaluations} (last ${l.lastInterimScore})` : "—"}</td>
                <td>
                  {l.status === "AWAITING_MANAGER" && (
                    <button type="button" data-testid={`start-${l.orderNumber}`} disabled={starting.fetching} onClick={() => startLearning(l.id)}>
                      Start learning
                    </button>
                  )}
                  {l.status === "IN_PROGRESS" &&
                    (l.evaluationSheet?.status === "OPEN" ? (
                      <Evaluate learning={l} onDone={refresh} onError={setError} />
                    ) : (
                      <span data-testid={`sheet-opening-${l.orderNumber}`}>evaluation sheet opening…</span>
                    ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The interim and final evaluation forms of one learning in progress. */
function Evaluate({ learning, onDone, onError }: { learning: QueuedLearning; onDone(): void; onError(message: string | null): void }) {
  const [score, setScore] = useState("80");
  const [note, setNote] = useState("");
  const [interimState, interim] = useMutation(REGISTER_INTERIM_EVALUATION);
  const [finalState, final] = useMutation(REGISTER_FINAL_EVALUATION);
  const [message, setMessage] = useState<string | null>(null);
  const busy = interimState.fetching || finalState.fetching;

  async function submit(event: FormEvent, kind: "interim" | "final") {
    event.preventDefault();
    onError(null);
    setMessage(null);
    const value = Number(score);
    const result = kind === "interim" ? await interim({ input: { learningId: learning.id, score: value, ...(note && { note }) } }) : await final({ input: { learningId: learning.id, score: value } });
    if (result.error) onError(messageOf(result.error));
    else setMessage(kind === "interim" ? `Interim score ${value} registered` : `Final score ${value} registered`);
    onDone();
  }

  return (
    <form className="inline-form" onSubmit={(e) => submit(e, "interim")}>
      <input aria-label="score" data-testid={`score-${learning.orderNumber}`} type="number" min={0} max={100} value={score} onChange={(e) => setScore(e.target.value)} required />
      <input aria-label="note" data-testid={`note-${learning.orderNumber}`} value={note} onChange={(e) => setNote(e.target.value)} placeholder="note" />
      <button type="submit" data-testid={`interim-${learning.orderNumber}`} disabled={busy}>
        Interim evaluation
      </button>
      <button type="button" data-testid={`final-${learning.orderNumber}`} disabled={busy} onClick={(e) => submit(e, "final")}>
        Final evaluation
      </button>
      {message && <span data-testid={`evaluated-${learning.orderNumber}`}>{message}</span>}
    </form>
  );
}
