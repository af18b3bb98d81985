import { useEffect, useMemo, useState } from "react";
import { Provider } from "urql";
import { createLiveClient, type Connection } from "./client.ts";
import { InstructorPage } from "./instructor.tsx";
import { LiveContext } from "./live.ts";
import { MeScreen } from "./me.tsx";
import { ParkingEmployeePage } from "./parking-employee.tsx";
import { ParkingManagerPage } from "./parking-manager.tsx";
import { PizzaCourierPage } from "./pizza-courier.tsx";
import { PizzaCustomerPage } from "./pizza-customer.tsx";
import { SignIn } from "./sign-in.tsx";
import { StudentPage } from "./student.tsx";
import { VaccinationCustomerPage } from "./vaccination-customer.tsx";
import { CertificateManagerPage, InjectionManagerPage, VaccineManagerPage } from "./vaccination-staff.tsx";
import { StudyManagerPage } from "./study-manager.tsx";
import { StudyStudentPage } from "./study-student.tsx";
import { loadSession, saveSession, type Session } from "./session.ts";
import { ME_PATH, screenOf } from "./timeline.ts";
import { ScreenLink, TimelineScreen, usePath } from "./timeline.tsx";

/** The roles this client has a page for. */
const PAGE_ROLES = ["STUDENT", "INSTRUCTOR", "EMPLOYEE", "PARKING_MANAGER", "LEARNING_MANAGER", "CUSTOMER", "VACCINE_MANAGER", "INJECTION_MANAGER", "CERTIFICATE_MANAGER", "COURIER"] as const;

const CONNECTION_TEXT: Record<Connection, string> = { connecting: "connecting…", live: "live", offline: "offline, reconnecting…" };

export function App() {
  const [session, setSession] = useState<Session | null>(loadSession);
  const changeSession = (next: Session | null) => {
    saveSession(next);
    setSession(next);
  };
  const live = useMemo(() => createLiveClient(session?.token ?? null, () => changeSession(null)), [session?.token]);
  const [connection, setConnection] = useState<Connection>("connecting");
  const [reconnects, setReconnects] = useState(0);
  useEffect(() => {
    const stop = live.onConnection((state, wasRetry) => {
      setConnection(state);
      if (wasRetry) setReconnects((n) => n + 1);
    });
    return () => {
      stop();
      live.dispose();
    };
  }, [live]);

  const roles = session?.user.roles ?? [];
  const screen = screenOf(usePath());

  return (
    <Provider value={live.client}>
      <LiveContext.Provider value={{ connection, reconnects }}>
        <header className="app-header">
          <h1>Supergraph</h1>
          {session && (
            <>
              <nav className="app-nav">
                <ScreenLink to="/app" testId="nav-pages">
                  My pages
                </ScreenLink>
                <ScreenLink to={ME_PATH} testId="nav-me">
                  Me
                </ScreenLink>
              </nav>
              <span data-testid="signed-in">
                {session.user.name} ({roles.join(", ").toLowerCase()})
              </span>
              <span className={`connection connection-${connection}`} data-testid="connection">
                {CONNECTION_TEXT[connection]}
              </span>
              <button type="button" data-testid="sign-out" onClick={() => changeSession(null)}>
                Sign out
              </button>
            </>
          )}
        </header>
        <main className="app-main">
          {!session && <SignIn onSignedIn={changeSession} />}
          {session && screen.kind === "me" && <MeScreen />}
          {session && screen.kind === "timeline" && <TimelineScreen key={screen.caseId} caseId={screen.caseId} />}
          {session && screen.kind === "pages" && <RolePages session={session} />}
        </main>
      </LiveContext.Provider>
    </Provider>
  );
}

/** Every page of each role the user holds, one after the other (a person may be a student, an employee and a customer). */
function RolePages({ session }: { session: Session }) {
  const roles = session.user.roles;
  return (
    <>
      {roles.includes("STUDENT") && <StudentPage />}
      {roles.includes("STUDENT") && <StudyStudentPage />}
      {roles.includes("LEARNING_MANAGER") && <StudyManagerPage managerName={session.user.name} />}
      {roles.includes("INSTRUCTOR") && <InstructorPage />}
      {roles.includes("EMPLOYEE") && <ParkingEmployeePage />}
      {roles.includes("PARKING_MANAGER") && <ParkingManagerPage />}
      {roles.includes("CUSTOMER") && <PizzaCustomerPage />}
      {roles.includes("COURIER") && <PizzaCourierPage />}
      {roles.includes("CUSTOMER") && <VaccinationCustomerPage />}
      {roles.includes("VACCINE_MANAGER") && <VaccineManagerPage />}
      {roles.includes("INJECTION_MANAGER") && <InjectionManagerPage />}
      {roles.includes("CERTIFICATE_MANAGER") && <CertificateManagerPage />}
      {!PAGE_ROLES.some((role) => roles.includes(role)) && (
        <p>No page here is for your roles: Me lists your cases in every system, and the explorer at /explorer runs everything else.</p>
      )}
    </>
  );
}
