import { useEffect, useState, type MouseEvent, type ReactNode } from "react";
import { useQuery, useSubscription } from "urql";
import { messageOf } from "./format.ts";
import { useRefreshOnReconnect } from "./live.ts";
import { CASE_TIMELINE, CASE_TIMELINE_CHANGES, laterTimeline, ME_PATH, openNotices, timelineEntries, timelinePath, timeOfDay, type CaseTimeline } from "./timeline.ts";

/*
 * The client moves between its screens without reloading (the socket and its subscriptions
 * stay up): a link pushes the path onto the history, and the app follows the history.
 */
const MOVED = "supergraph:moved";

export function openPath(path: string): void {
  if (path === window.location.pathname) return;
  window.history.pushState(null, "", path);
  window.dispatchEvent(new Event(MOVED));
}

/** The current path, following links and the browser's back and forward buttons. */
export function usePath(): string {
  const [path, setPath] = useState(window.location.pathname);
  useEffect(() => {
    const follow = () => setPath(window.location.pathname);
    window.addEventListener("popstate", follow);
    window.addEventListener(MOVED, follow);
    return () => {
      window.removeEventListener("popstate", follow);
      window.removeEventListener(MOVED, follow);
    };
  }, []);
  return path;
}

/** A link to another screen of the client: a real href (opens in a new tab too), followed in place on a plain click. */
export function ScreenLink({ to, children, testId }: { to: string; children: ReactNode; testId?: string }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    openPath(to);
  };
  return (
    <a href={to} onClick={follow} data-testid={testId}>
      {children}
    </a>
  );
}

/** "What happened?" for one case: opens its timeline. */
export function CaseLink({ caseId, testId }: { caseId: string; testId?: string }) {
  return (
    <ScreenLink to={timelinePath(caseId)} testId={testId}>
      What happened?
    </ScreenLink>
  );
}

/** One case across every context: each event with where, what, when and why; live while it is open. */
export function TimelineScreen({ caseId }: { caseId: string }) {
  const [read, refetch] = useQuery<{ caseTimeline: CaseTimeline | null }>({ query: CASE_TIMELINE, variables: { caseId }, requestPolicy: "network-only" });
  const refresh = () => refetch({ requestPolicy: "network-only" });
  const [changes] = useSubscription<{ caseTimelineChanges: { cursor: string; timeline: CaseTimeline } }>({ query: CASE_TIMELINE_CHANGES, variables: { caseId } });
  const [found, setFound] = useState<CaseTimeline | null>(null);
  useEffect(() => {
    if (read.data) setFound((shown) => laterTimeline(shown, read.data!.caseTimeline));
  }, [read.data]);
  useEffect(() => {
    if (changes.data) setFound((shown) => laterTimeline(shown, changes.data!.caseTimelineChanges.timeline));
  }, [changes.data]);
  useRefreshOnReconnect(refresh);

  const entries = found ? timelineEntries(found) : [];
  const notices = found ? openNotices(found) : [];
  return (
    <section aria-labelledby="case-timeline" data-testid="case-timeline">
      <h2 id="case-timeline">What happened to case {caseId}</h2>
      <p>
        <ScreenLink to={ME_PATH} testId="timeline-back">
          ← My cases
        </ScreenLink>
      </p>
      {read.error && (
        <p role="alert" className="error" data-testid="timeline-error">
          {messageOf(read.error)}
        </p>
      )}
      {changes.error && <p role="alert">Live updates stopped: {messageOf(changes.error)}</p>}
      {notices.map((n) => (
        <p key={n} role="alert" className="timeline-parked" data-testid="timeline-parked">
          {n}
        </p>
      ))}
      {read.data && !found && <p data-testid="timeline-empty">No event of this case has arrived yet.</p>}
      {entries.length > 0 && (
        <ol className="timeline" data-testid="timeline-events">
          {entries.map((e) => (
            <li key={e.id} className={e.notice ? "timeline-event timeline-event-parked" : "timeline-event"} data-testid="timeline-event" data-event-type={e.type}>
              <span className="timeline-time">{timeOfDay(e.time)}</span>
              <span className="timeline-context">{e.context}</span>
              <strong className="timeline-type">{e.type}</strong>
              <span className="timeline-cause">after {e.cause}</span>
              {e.notice && <span className="timeline-notice">{e.notice}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
