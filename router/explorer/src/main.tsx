import "graphiql/style.css";
import "./explorer.css";
import "./workers.ts";
import type { Fetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { StrictMode, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { createRoot } from "react-dom/client";
import { EXAMPLE_TABS } from "./examples.ts";
import { createExplorerFetcher, endpointOf } from "./fetcher.ts";
import { SessionBar } from "./session-bar.tsx";
import { loadSession, saveSession, type Session } from "./session.ts";

function Explorer() {
  const endpoint = useMemo(() => endpointOf(window.location), []);
  const [session, setSession] = useState<Session | null>(loadSession);
  const live = useMemo(() => createExplorerFetcher(endpoint, session?.token ?? null), [endpoint, session?.token]);
  useEffect(() => () => live.dispose(), [live]);
  // GraphiQL gets one fetcher for its lifetime, so signing in neither reloads the schema
  // nor resets the editors; each call goes to the fetcher of the current token.
  const current = useRef(live);
  useEffect(() => {
    current.current = live;
  }, [live]);
  const fetcher = useCallback<Fetcher>((params, options) => current.current.fetcher(params, options), []);

  const changeSession = (next: Session | null) => {
    saveSession(next);
    setSession(next);
  };

  return (
    <>
      <SessionBar url={endpoint.http} session={session} onChange={changeSession} />
      <main className="explorer-main">
        <GraphiQL fetcher={fetcher} defaultTabs={EXAMPLE_TABS} defaultEditorToolsVisibility={false}>
          <GraphiQL.Logo>Supergraph</GraphiQL.Logo>
        </GraphiQL>
      </main>
    </>
  );
}

createRoot(document.getElementById("explorer")!).render(
  <StrictMode>
    <Explorer />
  </StrictMode>,
);
