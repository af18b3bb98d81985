import type { User } from "./operations.ts";

/** Who is signed in to the web client, kept in localStorage across reloads. */
export interface Session {
  token: string;
  user: User;
}

const KEY = "supergraph.app.session";

export function loadSession(): Session | null {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? "null") as Session | null;
    return saved && typeof saved.token === "string" && saved.user ? saved : null;
  } catch {
    return null;
  }
}

export function saveSession(session: Session | null): void {
  if (session) localStorage.setItem(KEY, JSON.stringify(session));
  else localStorage.removeItem(KEY);
}
