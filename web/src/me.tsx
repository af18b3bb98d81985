import { useEffect, useState } from "react";
import { useQuery, useSubscription } from "urql";
import { messageOf } from "./format.ts";
import { useRefreshOnReconnect } from "./live.ts";
import { caseRows, casesBySystem, MY_CASE_PUSHES, MY_CASES, type MyCases } from "./me.ts";
import { CaseLink } from "./timeline.tsx";

/** Pushes come in bursts (a payment moves the order, then its delivery): the cases are read once after them. */
const SETTLE_MS = 150;

/** Counts the pushes of one of the user's "mine" subscriptions. */
function usePushes(query: (typeof MY_CASE_PUSHES)[number]["query"]): [number, string | null] {
  const [pushes] = useSubscription<unknown, number>({ query }, (seen = 0) => seen + 1);
  return [pushes.data ?? 0, pushes.error ? messageOf(pushes.error) : null];
}

/** Every push of the user's cases, summed: a change of the total means some case moved. */
function useCasePushes(): [number, string | null] {
  // One hook call per subscription, always the same list in the same order.
  const seen = MY_CASE_PUSHES.map((p) => usePushes(p.query));
  return [seen.reduce((sum, [n]) => sum + n, 0), seen.find(([, error]) => error)?.[1] ?? null];
}

/** The signed-in user's cases across the five systems, from the composed `me`, read again whenever one of them is pushed. */
export function MeScreen() {
  const [me, refetch] = useQuery<{ me: MyCases | null }>({ query: MY_CASES, requestPolicy: "network-only" });
  const refresh = () => refetch({ requestPolicy: "network-only" });
  const [pushes, liveError] = useCasePushes();
  const [readAt, setReadAt] = useState(0);
  useEffect(() => {
    if (pushes === readAt) return;
    const timer = setTimeout(() => {
      setReadAt(pushes);
      refresh();
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [pushes, readAt]);
  useRefreshOnReconnect(refresh);

  const rows = me.data?.me ? caseRows(me.data.me) : [];
  return (
    <section aria-labelledby="me-cases" data-testid="me-screen">
      <h2 id="me-cases">My cases across the five systems</h2>
      {me.error && (
        <p role="alert" className="error" data-testid="me-error">
          {messageOf(me.error)}
        </p>
      )}
      {liveError && <p role="alert">Live updates stopped: {liveError}</p>}
      <p className="me-summary" data-testid="me-summary">
        {casesBySystem(rows)
          .map(([system, n]) => `${system}: ${n}`)
          .join(" · ")}
      </p>
      {rows.length === 0 ? (
        <p data-testid="me-none">{me.fetching && !me.data ? "Reading your cases…" : "No case yet in any system."}</p>
      ) : (
        <table className="me-cases" data-testid="me-cases">
          <thead>
            <tr>
              <th>System</th>
              <th>Case</th>
              <th>Status</th>
              <th>Payment</th>
              <th>Since</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-testid={`me-case-${r.id}`} data-system={r.system}>
                <td>{r.system}</td>
                <td>{r.title}</td>
                <td>
                  <span className="status" data-testid={`me-status-${r.id}`}>
                    {r.status}
                  </span>
                  {r.detail && <span className="me-detail"> {r.detail}</span>}
                </td>
                <td data-testid={`me-payment-${r.id}`}>{r.paid ? (r.paymentStatus ?? "not yet") : "—"}</td>
                <td className="me-since">{r.since.slice(0, 16).replace("T", " ")}</td>
                <td className="me-link">
                  <CaseLink caseId={r.caseId} testId={`what-happened-${r.id}`} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
