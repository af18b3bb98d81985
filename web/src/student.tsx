import { useState } from "react";
import { useMutation, useQuery, useSubscription } from "urql";
import { amount, messageOf } from "./format.ts";
import { useRefreshOnReconnect } from "./live.ts";
import {
  CANCEL_REGISTRATION,
  MY_REGISTRATION_CHANGES,
  MY_REGISTRATIONS,
  OPEN_LECTURES,
  PAYMENT_CHANGES,
  REGISTER,
  type OpenLecture,
  type PaymentStatusChange,
  type Registration,
  type RegistrationStatusChange,
} from "./operations.ts";
import { latestPayment, mergeRegistrations } from "./registrations.ts";

/** A student: the open lectures to register for, and their registrations updating live. */
export function StudentPage() {
  const [lectures, refetchLectures] = useQuery<{ lectures: OpenLecture[] }>({ query: OPEN_LECTURES });
  const [listed, refetchRegistrations] = useQuery<{ myRegistrations: Registration[] }>({ query: MY_REGISTRATIONS });
  // Every change pushed since the page opened, oldest first.
  const [changes] = useSubscription<{ myRegistrationChanges: RegistrationStatusChange }, Registration[]>(
    { query: MY_REGISTRATION_CHANGES },
    (seen = [], change) => [...seen, change.myRegistrationChanges.registration],
  );
  const [made, setMade] = useState<Registration[]>([]);
  const [registering, register] = useMutation<{ registerForLecture: Registration }>(REGISTER);
  const [, cancel] = useMutation(CANCEL_REGISTRATION);
  const [error, setError] = useState<string | null>(null);
  useRefreshOnReconnect(() => {
    refetchLectures({ requestPolicy: "network-only" });
    refetchRegistrations({ requestPolicy: "network-only" });
  });

  const registrations = mergeRegistrations(listed.data?.myRegistrations ?? [], made, changes.data ?? []);
  const registeredFor = new Set(registrations.filter((r) => r.status !== "CANCELED" && r.lecture).map((r) => r.lecture!.id));

  async function registerFor(lectureId: string) {
    setError(null);
    const result = await register({ lectureId });
    if (result.error) setError(messageOf(result.error));
    else if (result.data) setMade((previous) => [...previous, result.data!.registerForLecture]);
  }

  async function cancelRegistration(id: string) {
    setError(null);
    const result = await cancel({ id });
    if (result.error) setError(messageOf(result.error));
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
              <tr key={lecture.id} data-testid={`lecture-${lecture.id}`}>
                <td>{lecture.title}</td>
                <td className="number">{amount(lecture.price)}</td>
                <td className="number">
                  {lecture.enrolledCount} / {lecture.capacity}
                </td>
                <td>
                  <button
                    type="button"
                    data-testid={`register-${lecture.id}`}
                    disabled={registering.fetching || registeredFor.has(lecture.id)}
                    onClick={() => registerFor(lecture.id)}
                  >
                    {registeredFor.has(lecture.id) ? "Registered" : "Register"}
                  </button>
                </td>
              </tr>
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
                <th />
              </tr>
            </thead>
            <tbody>
              {registrations.map((r) => (
                <RegistrationRow key={r.id} registration={r} onCancel={() => cancelRegistration(r.id)} />
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

/**
 * One registration. Its status comes with `myRegistrationChanges`; its payment's own later
 * changes (canceled after the registration is) come with `paymentChanges`, followed while
 * the payment can still change.
 */
function RegistrationRow({ registration: r, onCancel }: { registration: Registration; onCancel(): void }) {
  const [change] = useSubscription<{ paymentChanges: PaymentStatusChange }>({
    query: PAYMENT_CHANGES,
    variables: { id: r.payment?.id },
    pause: r.payment?.status !== "COMPLETED",
  });
  const payment = latestPayment(r.payment, change.data?.paymentChanges.payment);
  return (
    <tr data-testid={`registration-${r.id}`}>
      <td>{r.lecture?.title ?? "(lecture unavailable)"}</td>
      <td>
        <span className={`status status-${r.status.toLowerCase()}`} data-testid={`registration-status-${r.id}`}>
          {r.status}
        </span>
      </td>
      <td>
        <span className={`status status-${(payment?.status ?? "unknown").toLowerCase()}`} data-testid={`payment-status-${r.id}`}>
          {payment?.status ?? "—"}
        </span>
      </td>
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
