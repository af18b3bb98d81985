import { useContext, useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { useLiveEnrolment } from "./enrolment.ts";
import { amount, messageOf } from "./format.ts";
import { LiveContext, useRefreshOnReconnect } from "./live.ts";
import { MY_LECTURES, OPEN_LECTURE, type InstructorLecture } from "./operations.ts";

/** An instructor: their lectures with the enrolment counting live, and a form to open one. */
export function InstructorPage() {
  const [lectures, refetch] = useQuery<{ myLectures: InstructorLecture[] }>({ query: MY_LECTURES });
  const { reconnects } = useContext(LiveContext);
  useRefreshOnReconnect(() => refetch({ requestPolicy: "network-only" }));
  return (
    <>
      <section aria-labelledby="my-lectures">
        <h2 id="my-lectures">My lectures</h2>
        {lectures.error && <p role="alert">{messageOf(lectures.error)}</p>}
        {lectures.data?.myLectures.length === 0 ? (
          <p>You have not opened a lecture yet.</p>
        ) : (
          <table data-testid="my-lectures">
            <thead>
              <tr>
                <th>Lecture</th>
                <th>Status</th>
                <th className="number">Enrolled</th>
                <th className="number">Seats</th>
              </tr>
            </thead>
            <tbody>
              {(lectures.data?.myLectures ?? []).map((lecture) => (
                <LectureRow key={`${lecture.id}:${reconnects}`} lecture={lecture} />
              ))}
            </tbody>
          </table>
        )}
      </section>
      <OpenLectureForm />
    </>
  );
}

/** One lecture, its enrolment count following `lectureEnrolmentChanges`. */
function LectureRow({ lecture }: { lecture: InstructorLecture }) {
  const enrolled = useLiveEnrolment(lecture.id, lecture.enrolledCount);
  return (
    <tr data-testid={`my-lecture-${lecture.id}`}>
      <td>{lecture.title}</td>
      <td>
        <span className={`status status-${lecture.status.toLowerCase()}`}>{lecture.status}</span>
      </td>
      <td className="number">
        <span data-testid={`enrolment-${lecture.id}`}>{enrolled}</span>
      </td>
      <td className="number">{lecture.capacity}</td>
    </tr>
  );
}

function OpenLectureForm() {
  const [title, setTitle] = useState("");
  const [price, setPrice] = useState("49.00");
  const [capacity, setCapacity] = useState("20");
  const [opening, open] = useMutation(OPEN_LECTURE);
  const [message, setMessage] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const result = await open({ input: { title, price: Math.round(Number(price) * 100), capacity: Number(capacity) } });
    if (result.error) setMessage(messageOf(result.error));
    else {
      setMessage(`Opened "${title}" at ${amount(Math.round(Number(price) * 100))}.`);
      setTitle("");
    }
  }

  return (
    <section aria-labelledby="open-lecture">
      <h2 id="open-lecture">Open a lecture</h2>
      <form className="inline-form" onSubmit={submit}>
        <label>
          Title <input data-testid="lecture-title" value={title} onChange={(e) => setTitle(e.target.value)} required minLength={3} maxLength={200} />
        </label>
        <label>
          Price <input data-testid="lecture-price" type="number" min="0" step="0.01" value={price} onChange={(e) => setPrice(e.target.value)} required />
        </label>
        <label>
          Seats <input data-testid="lecture-capacity" type="number" min="1" max="10000" value={capacity} onChange={(e) => setCapacity(e.target.value)} required />
        </label>
        <button type="submit" data-testid="open-lecture" disabled={opening.fetching}>
          Open lecture
        </button>
      </form>
      {message && <p data-testid="open-lecture-message">{message}</p>}
    </section>
  );
}
