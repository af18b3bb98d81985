import { useState, type FormEvent } from "react";
import { signIn, type Session } from "./session.ts";

interface Props {
  url: string;
  session: Session | null;
  onChange(session: Session | null): void;
}

/** Above GraphiQL: sign in with email and password, or paste a token; or sign out. */
export function SessionBar({ url, session, onChange }: Props) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [token, setToken] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submitSignIn(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onChange(await signIn(url, email, password));
      setPassword("");
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  }

  function submitToken(event: FormEvent) {
    event.preventDefault();
    const value = token.trim().replace(/^Bearer\s+/i, "");
    if (!value) return;
    setError(null);
    onChange({ token: value, label: "pasted token" });
    setToken("");
  }

  return (
    <header className="session-bar">
      <strong className="session-title">Supergraph explorer</strong>
      {session ? (
        <>
          <span data-testid="explorer-session">Signed in: {session.label}</span>
          <span className="session-note">token sent as Authorization header and in graphql-ws connection_init</span>
          <button type="button" data-testid="explorer-sign-out" onClick={() => onChange(null)}>
            Sign out
          </button>
        </>
      ) : (
        <>
          <form onSubmit={submitSignIn}>
            <input data-testid="explorer-email" type="email" placeholder="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />
            <input data-testid="explorer-password" type="password" placeholder="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
            <button data-testid="explorer-sign-in" type="submit" disabled={busy}>
              Sign in
            </button>
          </form>
          <span className="session-note">or</span>
          <form onSubmit={submitToken}>
            <input data-testid="explorer-token" className="token" placeholder="paste a bearer token" value={token} onChange={(e) => setToken(e.target.value)} />
            <button data-testid="explorer-use-token" type="submit">
              Use token
            </button>
          </form>
        </>
      )}
      {error && (
        <span role="alert" className="session-error" data-testid="explorer-error">
          {error}
        </span>
      )}
    </header>
  );
}
