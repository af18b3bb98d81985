import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { useAction } from "./action.ts";
import { messageOf } from "./format.ts";
import { useRefreshOnReconnect } from "./live.ts";
import {
  ADD_VACCINE_STOCK,
  COMPLETE_INJECTION,
  INJECTIONS_TO_GIVE,
  ISSUE_CERTIFICATE,
  PENDING_CERTIFICATE_ISSUES,
  REGISTER_VACCINE,
  VACCINES,
  type InjectionToGive,
  type PendingIssue,
  type VaccineRow,
} from "./vaccination-operations.ts";

/*
 * The vaccination staff's pages: the vaccine manager registers vaccines and adds stock, the
 * injection manager gives the injections booked, the certificate manager issues the
 * certificates applied for. No subscription announces new work to staff, so each list is read
 * again on demand and after each action.
 */

/** A staff list read again on demand, after each action and after a reconnection. */
function useStaffList<T>(query: typeof VACCINES) {
  const [result, refetch] = useQuery<T>({ query });
  const refresh = () => refetch({ requestPolicy: "network-only" });
  useRefreshOnReconnect(refresh);
  return [result, refresh] as const;
}

function Failure({ error, testId }: { error: string | null; testId: string }) {
  return error ? (
    <p role="alert" className="error" data-testid={testId}>
      {error}
    </p>
  ) : null;
}

export function VaccineManagerPage() {
  const [vaccines, refresh] = useStaffList<{ vaccines: VaccineRow[] }>(VACCINES);
  const [, register] = useMutation(REGISTER_VACCINE);
  const [, addStock] = useMutation(ADD_VACCINE_STOCK);
  const [name, setName] = useState("");
  const [stock, setStock] = useState(50);
  const [added, setAdded] = useState<Record<string, number>>({});
  const [error, act] = useAction(refresh);

  async function submit(event: FormEvent) {
    event.preventDefault();
    await act(() => register({ input: { name, stock } }), () => setName(""));
  }
  const add = (id: string) => act(() => addStock({ id, quantity: added[id] ?? 10 }));

  return (
    <section aria-labelledby="vaccines">
      <h2 id="vaccines">Vaccines</h2>
      <form className="inline-form" onSubmit={submit}>
        <label>
          Name <input data-testid="vaccine-name" value={name} onChange={(e) => setName(e.target.value)} required />
        </label>
        <label>
          Stock <input data-testid="vaccine-stock" type="number" min={0} value={stock} onChange={(e) => setStock(Number(e.target.value))} required />
        </label>
        <button type="submit" data-testid="vaccine-register">
          Register
        </button>
      </form>
      {vaccines.error && <p role="alert">{messageOf(vaccines.error)}</p>}
      <Failure error={error} testId="vaccine-error" />
      <table data-testid="vaccines">
        <thead>
          <tr>
            <th>Vaccine</th>
            <th>Stock</th>
            <th>Booked</th>
            <th>Available</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {(vaccines.data?.vaccines ?? []).map((v) => (
            <tr key={v.id} data-testid={`vaccine-${v.name}`}>
              <td>{v.name}</td>
              <td data-testid={`vaccine-stock-${v.name}`}>{v.stock}</td>
              <td>{v.booked}</td>
              <td>{v.available}</td>
              <td>
                <input
                  aria-label={`Doses to add to ${v.name}`}
                  data-testid={`vaccine-add-quantity-${v.name}`}
                  type="number"
                  min={1}
                  value={added[v.id] ?? 10}
                  onChange={(e) => setAdded((a) => ({ ...a, [v.id]: Number(e.target.value) }))}
                />
                <button type="button" data-testid={`vaccine-add-${v.name}`} onClick={() => add(v.id)}>
                  Add stock
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function InjectionManagerPage() {
  const [injections, refresh] = useStaffList<{ injectionsToGive: InjectionToGive[] }>(INJECTIONS_TO_GIVE);
  const [giving, give] = useMutation(COMPLETE_INJECTION);
  const [error, act] = useAction(refresh);
  const giveInjection = (id: string) => act(() => give({ id }));

  const list = (injections.data?.injectionsToGive ?? []).filter((i) => i.status === "SCHEDULED");
  return (
    <section aria-labelledby="injections-to-give">
      <h2 id="injections-to-give">Injections to give</h2>
      <button type="button" data-testid="injections-refresh" onClick={refresh} disabled={injections.fetching}>
        Refresh
      </button>
      {injections.error && <p role="alert">{messageOf(injections.error)}</p>}
      <Failure error={error} testId="injection-error" />
      {list.length === 0 ? (
        <p data-testid="no-injections">No injection to give.</p>
      ) : (
        <table data-testid="injections">
          <thead>
            <tr>
              <th>Day</th>
              <th>Customer</th>
              <th>Vaccine</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.map((i) => (
              <tr key={i.id} data-testid={`injection-${i.booking.id}`}>
                <td>{i.date}</td>
                <td>{i.customer?.name ?? "(unavailable)"}</td>
                <td>{i.vaccine?.name ?? "(unavailable)"}</td>
                <td>
                  <button type="button" data-testid={`inject-${i.booking.id}`} disabled={giving.fetching} onClick={() => giveInjection(i.id)}>
                    Injection given
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function CertificateManagerPage() {
  const [issues, refresh] = useStaffList<{ pendingCertificateIssues: PendingIssue[] }>(PENDING_CERTIFICATE_ISSUES);
  const [issuing, issueCertificate] = useMutation(ISSUE_CERTIFICATE);
  const [error, act] = useAction(refresh);
  const issue = (issueId: string) => act(() => issueCertificate({ issueId }));

  const list = issues.data?.pendingCertificateIssues ?? [];
  return (
    <section aria-labelledby="certificates-to-issue">
      <h2 id="certificates-to-issue">Certificates to issue</h2>
      <button type="button" data-testid="issues-refresh" onClick={refresh} disabled={issues.fetching}>
        Refresh
      </button>
      {issues.error && <p role="alert">{messageOf(issues.error)}</p>}
      <Failure error={error} testId="issue-error" />
      {list.length === 0 ? (
        <p data-testid="no-issues">No certificate to issue.</p>
      ) : (
        <table data-testid="issues">
          <thead>
            <tr>
              <th>Applied</th>
              <th>Customer</th>
              <th>Vaccine</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.map((i) => (
              <tr key={i.id} data-testid={`issue-${i.application?.id}`}>
                <td>{i.requestedAt.slice(0, 10)}</td>
                <td>{i.customer?.name ?? "(unavailable)"}</td>
                <td>{i.application?.vaccineName ?? "(unavailable)"}</td>
                <td>
                  <button type="button" data-testid={`issue-certificate-${i.application?.id}`} disabled={issuing.fetching} onClick={() => issue(i.id)}>
                    Issue certificate
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
