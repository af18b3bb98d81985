import { useState, type FormEvent } from "react";
import { useMutation, useQuery, useSubscription } from "urql";
import { useAction } from "./action.ts";
import { messageOf } from "./format.ts";
import { useRefreshOnReconnect } from "./live.ts";
import {
  APPLY_FOR_CERTIFICATE,
  BOOK_VACCINATION,
  CANCEL_CERTIFICATE_APPLICATION,
  CANCEL_VACCINATION_BOOKING,
  MY_CERTIFICATE_APPLICATION_CHANGES,
  MY_VACCINATION_BOOKING_CHANGES,
  MY_VACCINATIONS,
  VACCINES,
  type ApplicationAnswer,
  type ApplicationChange,
  type BookingAnswer,
  type BookingChange,
  type VaccineRow,
} from "./vaccination-operations.ts";
import { applicationCancelable, bookingCancelable, mayApply, mergeVaccinations, nextWeek } from "./vaccination-page.ts";

/**
 * A customer's vaccinations: book a vaccine, cancel before the injection, apply for the
 * certificate once injected, cancel the application until it is issued, and "my page" (views'
 * read model) kept live by the owners' subscriptions (bookings and certificate applications).
 */
export function VaccinationCustomerPage() {
  const [page, refetch] = useQuery<{ myVaccinations: BookingAnswer[] }>({ query: MY_VACCINATIONS });
  const [bookingChanges] = useSubscription<{ myVaccinationBookingChanges: BookingChange }, BookingAnswer[]>(
    { query: MY_VACCINATION_BOOKING_CHANGES },
    (seen = [], change) => [...seen, change.myVaccinationBookingChanges.booking],
  );
  const [applicationChanges] = useSubscription<{ myCertificateApplicationChanges: ApplicationChange }, ApplicationAnswer[]>(
    { query: MY_CERTIFICATE_APPLICATION_CHANGES },
    (seen = [], change) => [...seen, change.myCertificateApplicationChanges.application],
  );
  const [madeBookings, setMadeBookings] = useState<BookingAnswer[]>([]);
  const [madeApplications, setMadeApplications] = useState<ApplicationAnswer[]>([]);
  const [, cancelBooking] = useMutation<{ cancelVaccinationBooking: BookingAnswer }>(CANCEL_VACCINATION_BOOKING);
  const [, apply] = useMutation<{ applyForCertificate: ApplicationAnswer }>(APPLY_FOR_CERTIFICATE);
  const [, cancelApplication] = useMutation<{ cancelCertificateApplication: ApplicationAnswer }>(CANCEL_CERTIFICATE_APPLICATION);
  const [error, act] = useAction();
  useRefreshOnReconnect(() => refetch({ requestPolicy: "network-only" }));

  const vaccinations = mergeVaccinations(
    [...(page.data?.myVaccinations ?? []), ...madeBookings, ...(bookingChanges.data ?? [])],
    [...madeApplications, ...(applicationChanges.data ?? [])],
  );


  return (
    <>
      <BookForm onBooked={(b) => setMadeBookings((previous) => [...previous, b])} />
      <section aria-labelledby="my-vaccinations">
        <h2 id="my-vaccinations">My vaccinations</h2>
        {page.error && <p role="alert">{messageOf(page.error)}</p>}
        {(bookingChanges.error ?? applicationChanges.error) && <p role="alert">Live updates stopped: {messageOf((bookingChanges.error ?? applicationChanges.error)!)}</p>}
        {error && (
          <p role="alert" className="error" data-testid="vaccination-error">
            {error}
          </p>
        )}
        {vaccinations.length === 0 ? (
          <p>None yet.</p>
        ) : (
          <table data-testid="my-vaccinations">
            <thead>
              <tr>
                <th>Day</th>
                <th>Vaccine</th>
                <th>Booking</th>
                <th>Injection</th>
                <th>Certificate</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {vaccinations.map((v) => (
                <tr key={v.id} data-testid={`vaccination-${v.id}`}>
                  <td>{v.date}</td>
                  <td>{v.vaccineName}</td>
                  <td>
                    <span className={`status status-${v.status.toLowerCase()} vaccination-status-${v.status.toLowerCase()}`} data-testid={`vaccination-status-${v.id}`}>
                      {v.status}
                    </span>
                  </td>
                  <td data-testid={`vaccination-injection-${v.id}`}>{v.injectionStatus ?? ""}</td>
                  <td>
                    {v.applications.map((a) => (
                      <div key={a.id} className="vaccination-application" data-testid={`application-${a.id}`}>
                        <span className={`status status-${a.status.toLowerCase()} vaccination-status-${a.status.toLowerCase()}`} data-testid={`application-status-${v.id}`}>
                          {a.status}
                        </span>
                        {a.certificate && (
                          <span data-testid={`certificate-${v.id}`}>
                            {" "}
                            {a.certificate.number} ({a.certificate.issuedAt.slice(0, 10)})
                          </span>
                        )}
                        {applicationCancelable(a) && (
                          <button
                            type="button"
                            data-testid={`application-cancel-${v.id}`}
                            onClick={() => act(() => cancelApplication({ id: a.id }), (d) => setMadeApplications((p) => [...p, d.cancelCertificateApplication]))}
                          >
                            Cancel application
                          </button>
                        )}
                      </div>
                    ))}
                  </td>
                  <td>
                    {bookingCancelable(v) && (
                      <button type="button" data-testid={`vaccination-cancel-${v.id}`} onClick={() => act(() => cancelBooking({ id: v.id }), (d) => setMadeBookings((p) => [...p, d.cancelVaccinationBooking]))}>
                        Cancel
                      </button>
                    )}
                    {mayApply(v) && (
                      <button type="button" data-testid={`vaccination-apply-${v.id}`} onClick={() => act(() => apply({ bookingId: v.id }), (d) => setMadeApplications((p) => [...p, d.applyForCertificate]))}>
                        Apply for certificate
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

/** The vaccine and the day to book; the vaccines' available doses are read again after each booking. */
function BookForm({ onBooked }: { onBooked(b: BookingAnswer): void }) {
  const [vaccines, refetchVaccines] = useQuery<{ vaccines: VaccineRow[] }>({ query: VACCINES, requestPolicy: "cache-and-network" });
  const [vaccineId, setVaccineId] = useState("");
  const [date, setDate] = useState(nextWeek);
  const [booking, book] = useMutation<{ bookVaccination: BookingAnswer }>(BOOK_VACCINATION);
  const [message, setMessage] = useState<string | null>(null);
  const list = vaccines.data?.vaccines ?? [];
  const chosen = vaccineId || list[0]?.id || "";

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const result = await book({ input: { vaccineId: chosen, date } });
    if (result.error) setMessage(messageOf(result.error));
    else if (result.data) {
      onBooked(result.data.bookVaccination);
      setMessage(`Booked ${result.data.bookVaccination.vaccineName} for ${date}.`);
    }
    refetchVaccines({ requestPolicy: "network-only" });
  }

  return (
    <section aria-labelledby="book-vaccination">
      <h2 id="book-vaccination">Book a vaccination</h2>
      <form className="inline-form" onSubmit={submit}>
        <label>
          Vaccine{" "}
          <select data-testid="vaccination-vaccine" value={chosen} onChange={(e) => setVaccineId(e.target.value)} required>
            {list.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name} ({v.available} available)
              </option>
            ))}
          </select>
        </label>
        <label>
          Day <input data-testid="vaccination-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
        </label>
        <button type="submit" data-testid="vaccination-book" disabled={booking.fetching || !chosen}>
          Book
        </button>
      </form>
      {message && <p data-testid="vaccination-book-message">{message}</p>}
    </section>
  );
}
