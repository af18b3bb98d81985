/** The explorer's signed-in user: a bearer token kept in this browser's localStorage. */
export interface Session {
  token: string;
  /** Who the token is for, when the explorer signed in itself (a pasted token shows as such). */
  label: string;
}

const KEY = "supergraph.explorer.session";

export function loadSession(): Session | null {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? "null") as Session | null;
    return saved && typeof saved.token === "string" ? saved : null;
  } catch {
    return null;
  }
}

export function saveSession(session: Session | null): void {
  if (session) localStorage.setItem(KEY, JSON.stringify(session));
  else localStorage.removeItem(KEY);
}

const SIGN_IN = `mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { token user { name roles } }
}`;

/** Signs in through the router's `signIn` mutation; rejects with the API's message. */
export async function signIn(url: string, email: string, password: string): Promise<Session> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: SIGN_IN, variables: { email, password }, operationName: "SignIn" }),
  });
  const body = (await res.json()) as {
    data?: { signIn?: { token: string; user: { name: string; roles: string[] } } } | null;
    errors?: { message: string }[];
  };
  const signedIn = body.data?.signIn;
  if (!signedIn) throw new Error(body.errors?.[0]?.message ?? `sign-in failed (HTTP ${res.status})`);
  return { token: signedIn.token, label: `${signedIn.user.name} (${signedIn.user.roles.join(", ").toLowerCase()})` };
}
