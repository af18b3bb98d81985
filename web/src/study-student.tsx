import { useEffect, useState, type FormEvent } from "react";
import { useMutation, useQuery, useSubscription } from "urql";
import { useAction } from "./action.ts";
import { messageOf } from "./format.ts";
import { useRefreshOnReconnect } from "./live.ts";
import { cancelable, inDays, withPushedStatus } from "./study-learning.ts";
import {
  CANCEL_COURSE_ORDER,
  COURSES,
  MY_LEARNING,
  MY_LEARNING_CHANGES,
  MY_SMS_HISTORY,
  ORDER_COURSE,
  type Course,
  type LearningStatusChange,
  type MyLearningRow,
  type Sms,
} from "./study-operations.ts";

/** How long after a push the rows are read once more: views applies the same event on its own. */
const READ_MODEL_TRAIL_MS = 1_000;

/** A student of online study: search and order courses, follow "my learning" live, cancel, read their SMS. */
export function StudyStudentPage() {
  const [learning, refetchLearning] = useQuery<{ myLearning: MyLearningRow[] }>({ query: MY_LEARNING });
  const [sms, refetchSms] = useQuery<{ mySmsHistory: Sms[] }>({ query: MY_SMS_HISTORY });
  const [changes] = useSubscription<{ myLearningChanges: LearningStatusChange }, LearningStatusChange[]>(
    { query: MY_LEARNING_CHANGES },
    (seen = [], change) => [...seen, change.myLearningChanges],
  );
  const [, cancel] = useMutation(CANCEL_COURSE_ORDER);
  const refresh = () => {
    refetchLearning({ requestPolicy: "network-only" });
    refetchSms({ requestPolicy: "network-only" });
  };
  useRefreshOnReconnect(refresh);
  const pushed = changes.data ?? [];
  useEffect(() => {
    if (pushed.length === 0) return;
    refresh();
    const again = setTimeout(refresh, READ_MODEL_TRAIL_MS);
    return () => clearTimeout(again);
  }, [pushed.length]);

  const rows = withPushedStatus(learning.data?.myLearning ?? [], pushed);

  const [error, act] = useAction(refresh);
  const cancelOrder = (id: string) => act(() => cancel({ id }));

  return (
    <>
      <CourseSearch onOrdered={refresh} />
      <section aria-labelledby="my-learning">
        <h2 id="my-learning">My learning</h2>
        {learning.error && <p role="alert">{messageOf(learning.error)}</p>}
        {changes.error && <p role="alert">Live updates stopped: {messageOf(changes.error)}</p>}
        {error && (
          <p role="alert" className="error" data-testid="study-error">
            {error}
          </p>
        )}
        {rows.length === 0 ? (
          <p data-testid="no-learning">No course ordered yet.</p>
        ) : (
          <table data-testid="my-learning">
            <thead>
              <tr>
                <th>Order</th>
                <th>Course</th>
                <th>Dates</th>
                <th>Order</th>
                <th>Learning</th>
                <th>Manager</th>
                <th>Interim scores</th>
                <th>Final</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-testid={`study-order-${r.orderNumber}`}>
                  <td>{r.orderNumber}</td>
                  <td>
                    {r.courseCode} {r.courseTitle}
                  </td>
                  <td>
                    {r.beginDate} – {r.endDate}
                  </td>
                  <td>
                    <span className={`status status-${r.orderStatus.toLowerCase()}`} data-testid={`study-order-status-${r.orderNumber}`}>
                      {r.orderStatus}
                    </span>
                  </td>
                  <td>
                    <span className={`status study-status-${(r.learningStatus ?? "opening").toLowerCase()}`} data-testid={`study-learning-status-${r.orderNumber}`}>
                      {r.learningStatus ?? "OPENING"}
                    </span>
                  </td>
                  <td data-testid={`study-manager-${r.orderNumber}`}>{r.managerName ?? "—"}</td>
                  <td data-testid={`study-interim-${r.orderNumber}`}>{r.interimScores.map((s) => s.score).join(", ") || "—"}</td>
                  <td data-testid={`study-final-${r.orderNumber}`}>{r.finalScore ?? "—"}</td>
                  <td>
                    {cancelable(r) && (
                      <button type="button" data-testid={`study-cancel-${r.orderNumber}`} onClick={() => cancelOrder(r.id)}>
                        Cancel
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="sms-history">
        <h2 id="sms-history">SMS history</h2>
        {sms.error && <p role="alert">{messageOf(sms.error)}</p>}
        {(sms.data?.mySmsHistory.length ?? 0) === 0 ? (
          <p>No SMS yet.</p>
        ) : (
          <ul className="study-sms" data-testid="sms-history">
            {sms.data!.mySmsHistory.map((s) => (
              <li key={s.id} data-testid={`sms-${s.kind}-${s.caseLabel ?? ""}`}>
                <strong>{s.kind}</strong> {s.caseLabel} to {s.address}: {s.text} <span className="study-sent">{s.sentAt ? `sent ${s.sentAt}` : "not sent yet"}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** The catalog with a text filter, and the order form for the chosen course. */
function CourseSearch({ onOrdered }: { onOrdered(): void }) {
  const [search, setSearch] = useState("");
  const [courses] = useQuery<{ courses: Course[] }>({ query: COURSES, variables: { search: search || null } });
  const [chosen, setChosen] = useState<Course | null>(null);
  const [phoneNumber, setPhoneNumber] = useState("");
  const [beginDate, setBeginDate] = useState(() => inDays(7));
  const [endDate, setEndDate] = useState(() => inDays(37));
  const [ordering, order] = useMutation<{ orderCourse: { id: string; orderNumber: string } }>(ORDER_COURSE);
  const [message, setMessage] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosen) return;
    setMessage(null);
    const result = await order({ input: { courseId: chosen.id, phoneNumber, beginDate, endDate } });
    if (result.error) setMessage(messageOf(result.error));
    else if (result.data) {
      setMessage(`Ordered ${chosen.title}: ${result.data.orderCourse.orderNumber}`);
      setChosen(null);
      onOrdered();
    }
  }

  return (
    <section aria-labelledby="study-courses">
      <h2 id="study-courses">Courses</h2>
      <label>
        Search <input data-testid="course-search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="title or code" />
      </label>
      {courses.error && <p role="alert">{messageOf(courses.error)}</p>}
      <ul className="study-courses" data-testid="courses">
        {(courses.data?.courses ?? []).map((c) => (
          <li key={c.id} data-testid={`course-${c.code}`}>
            {c.code} {c.title} ({c.durationDays} days){" "}
            <button type="button" data-testid={`choose-${c.code}`} onClick={() => setChosen(c)} disabled={chosen?.id === c.id}>
              {chosen?.id === c.id ? "Chosen" : "Choose"}
            </button>
          </li>
        ))}
      </ul>
      {chosen && (
        <form className="inline-form" onSubmit={submit} data-testid="order-form">
          <span>{chosen.title}</span>
          <label>
            Phone <input data-testid="order-phone" value={phoneNumber} onChange={(e) => setPhoneNumber(e.target.value)} required />
          </label>
          <label>
            Begin <input data-testid="order-begin" type="date" value={beginDate} onChange={(e) => setBeginDate(e.target.value)} required />
          </label>
          <label>
            End <input data-testid="order-end" type="date" value={endDate} onChange={(e) => setEndDate(e.target.value)} required />
          </label>
          <button type="submit" data-testid="order-submit" disabled={ordering.fetching}>
            Order
          </button>
        </form>
      )}
      {message && <p data-testid="order-message">{message}</p>}
    </section>
  );
}
