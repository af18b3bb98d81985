import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { messageOf } from "./format.ts";
import { SIGN_IN, type User } from "./operations.ts";
import type { Session } from "./session.ts";

export function SignIn({ onSignedIn }: { onSignedIn(session: Session): void }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [state, signIn] = useMutation<{ signIn: { token: string; user: User } }>(SIGN_IN);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const result = await signIn({ email, password });
    if (result.data) onSignedIn(result.data.signIn);
    else setError(result.error ? messageOf(result.error) : "Sign-in failed.");
  }

  return (
    <section aria-labelledby="sign-in">
      <h2 id="sign-in">Sign in</h2>
      <form className="stacked-form" onSubmit={submit}>
        <label>
          Email <input data-testid="email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />
        </label>
        <label>
          Password{" "}
          <input data-testid="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </label>
        <button type="submit" data-testid="sign-in" disabled={state.fetching}>
          Sign in
        </button>
      </form>
      {error && (
        <p role="alert" className="error" data-testid="sign-in-error">
          {error}
        </p>
      )}
    </section>
  );
}
