import { useContext, useEffect, useState } from "react";
import { useMutation, useQuery, useSubscription } from "urql";
import { useLiveEnrolment } from "./enrolment.ts";
import { amount, messageOf } from "./format.ts";
import { LiveContext, useRefreshOnReconnect } from "./live.ts";
import {
  CANCEL_REGISTRATION,
  MY_REGISTRATION_CHANGES,
  MY_REGISTRATIONS,
  OPEN_LECTURES,
  PAYMENT_CHANGES,
  REGISTER,
  REGISTRATION,
  type OpenLecture,
  type PaymentStatusChange,
  type Registration,
  type RegistrationStatusChange,
} from "./operations.ts";
import { mergeRegistrations } from "./registrations.ts";

const REFUND_TEXT = { PENDING: "pending", REFUNDED: "refunded" } as const;

/** A student: the open lectures to register for, and their registrations updating live. */
export function StudentPage() {
  const [lectures, refetchLectures] = useQuery<{ lectures: OpenLecture[] }>({ query: OPEN_LECTURES });
  const [listed, refetchRegistrations] = useQuery<{ myRegistrations: Registration[] }>({ query: MY_REGISTRATIONS });
  const { reconnects } = useContext(LiveContext);
  // Every registration answer since the page opened, oldest first: live changes' `registration`,
  // mutation answers and rows re-read after their payment's push, each a whole row.
  const [changes] = useSubscription<{ myRegistrationChanges: RegistrationStatusChange }, Registration[]>(
    { query: MY_REGISTRATION_CHANGES },
    (seen = [], change) => [...seen, change.myRegistrationChanges.registration],
  );
  const [answers, setAnswers] = useState<Registration[]>([]);
  const answered = (r: Registration) => setAnswers((previous) => [...previous, r]);
  const [registering, register] = useMutation<{ registerForLecture: Registration }>(REGISTER);
  const [, cancel] = useMutation<{ cancelRegistration: Registration }>(CANCEL_REGISTRATION);
  const [error, setError] = useState<string | null>(null);
  useRefreshOnReconnect(() => {
    refetchLectures({ requestPolicy: "network-only" });
    refetchRegistrations({ requestPolicy: "network-only" });
  });

  const registrations = mergeRegistrations(listed.data?.myRegistrations ?? [], answers, changes.data ?? []);
  const registeredFor = new Set(registrations.filter((r) => r.status !== "CANCELED" && r.lecture).map((r) => r.lecture!.id));

  async function registerFor(lectureId: string) {
    setError(null);
    const result = await register({ lectureId });
    if (result.error) setError(messageOf(result.error));
    else if (result.data) answered(result.data.registerForLecture);
  }

  async function cancelRegistration(id: string) {
    setError(null);
    const result = await cancel({ id });
    if (result.error) setError(messageOf(result.error));
    else if (result.data) answered(result.data.cancelRegistration);
  }

  return (
    <>
      <section aria-labelledby="open-lectures">
        <h2 id="open-lectures">Open lectures</h2>
        {lectures.error && <p role="alert">{messageOf(lectures.error)}</p>}
        <table data-testid="open-lectures">
          <thead>
            <tr>
              <th>Lecture</th>
              <th className="number">Price</th>
              <th className="number">Enrolled</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {(lectures.data?.lectures ?? []).map((lecture) => (
              <OpenLectureRow
                key={`${lecture.id}:${reconnects}`}
                lecture={lecture}
                registered={registeredFor.has(lecture.id)}
                busy={registering.fetching}
                onRegister={() => registerFor(lecture.id)}
              />
            ))}
          </tbody>
        </table>
        {lectures.data?.lectures.length === 0 && <p>No lecture is open right now.</p>}
        {error && (
          <p role="alert" className="error" data-testid="student-error">
            {error}
          </p>
        )}
      </section>

      <section aria-labelledby="my-registrations">
        <h2 id="my-registrations">My registrations</h2>
        {listed.error && <p role="alert">{messageOf(listed.error)}</p>}
        {changes.error && <p role="alert">Live updates stopped: {messageOf(changes.error)}</p>}
        {registrations.length === 0 ? (
          <p>None yet.</p>
        ) : (
          <table data-testid="my-registrations">
            <thead>
              <tr>
                <th>Lecture</th>
                <th>Registration</th>
                <th>Payment</th>
                <th>Refund</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {registrations.map((r) => (
                <RegistrationRow key={r.id} registration={r} onReread={answered} onCancel={() => cancelRegistration(r.id)} />
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

/** One open lecture; its enrolment follows `lectureEnrolmentChanges`, so it moves after anyone's register or cancel. */
function OpenLectureRow({ lecture, registered, busy, onRegister }: { lecture: OpenLecture; registered: boolean; busy: boolean; onRegister(): void }) {
  const enrolled = useLiveEnrolment(lecture.id, lecture.enrolledCount);
  return (
    <tr data-testid={`lecture-${lecture.id}`}>
      <td>{lecture.title}</td>
      <td className="number">{amount(lecture.price)}</td>
      <td className="number" data-testid={`enrolled-${lecture.id}`}>
        {enrolled} / {lecture.capacity}
      </td>
      <td>
        <button type="button" data-testid={`register-${lecture.id}`} disabled={busy || registered} onClick={onRegister}>
          {registered ? "Registered" : "Register"}
        </button>
      </td>
    </tr>
  );
}

/**
 * One registration, shown as one answer of the graph. Its status changes come with
 * `myRegistrationChanges`; its refund is its payment's change, so while the payment can still
 * change (COMPLETED) its `paymentChanges` is followed, and a push makes the row re-read whole
 * (REGISTRATION) rather than patched with the payment alone.
 */
function RegistrationRow({ registration: r, onReread, onCancel }: { registration: Registration; onReread(r: Registration): void; onCancel(): void }) {
  const [change] = useSubscription<{ paymentChanges: PaymentStatusChange }>({
    query: PAYMENT_CHANGES,
    variables: { id: r.payment?.id },
    pause: r.payment?.status !== "COMPLETED",
  });
  // Read only when a push asks for it (paused otherwise), from the network.
  const [reread, rereadNow] = useQuery<{ registration: Registration | null }>({ query: REGISTRATION, variables: { id: r.id }, pause: true });
  const pushed = change.data?.paymentChanges.cursor;
  useEffect(() => {
    if (pushed !== undefined) rereadNow({ requestPolicy: "network-only" });
  }, [pushed]);
  useEffect(() => {
    if (reread.data?.registration) onReread(reread.data.registration);
  }, [reread.data]);
  return (
    <tr data-testid={`registration-${r.id}`}>
      <td>{r.lecture?.title ?? "(lecture unavailable)"}</td>
      <td>
        <span className={`status status-${r.status.toLowerCase()}`} data-testid={`registration-status-${r.id}`}>
          {r.status}
        </span>
      </td>
      <td>
        <span className={`status status-${(r.payment?.status ?? "unknown").toLowerCase()}`} data-testid={`payment-status-${r.id}`}>
          {r.payment?.status ?? "—"}
        </span>
      </td>
      <td data-testid={`refund-${r.id}`}>{r.refund ? REFUND_TEXT[r.refund] : "—"}</td>
      <td>
        {r.status !== "CANCELED" && (
          <button type="button" data-testid={`cancel-${r.id}`} onClick={onCancel}>
            Cancel
          </button>
        )}
      </td>
    </tr>
  );
}
