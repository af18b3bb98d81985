import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./passwords.ts";

describe("password hashes", () => {
  it("given a hash of a password, when verified with that password, then it matches", async () => {
    const stored = await hashPassword("correct horse");
    expect(await verifyPassword("correct horse", stored)).toBe(true);
  });

  it("given a hash of a password, when verified with another password, then it does not match", async () => {
    const stored = await hashPassword("correct horse");
    expect(await verifyPassword("battery staple", stored)).toBe(false);
  });

  it("given a password, when hashed, then the stored form is scrypt$16384$8$1$salt$hash with a 16-byte salt and a 64-byte key", async () => {
    const [scheme, N, r, p, salt, key] = (await hashPassword("correct horse")).split("$");
    expect([scheme, N, r, p]).toEqual(["scrypt", "16384", "8", "1"]);
    expect(Buffer.from(salt!, "base64")).toHaveLength(16);
    expect(Buffer.from(key!, "base64")).toHaveLength(64);
  });

  it("given the same password twice, when hashed, then the salts differ", async () => {
    expect(await hashPassword("correct horse")).not.toBe(await hashPassword("correct horse"));
  });

  it("given the same text in another Unicode normal form, when verified, then it matches", async () => {
    const stored = await hashPassword("caf\u00e9 au lait");
    expect(await verifyPassword("cafe\u0301 au lait", stored)).toBe(true);
  });

  it.each(["", "bcrypt$x", "scrypt$16384$8$1$$", "scrypt$3$8$1$c2FsdA==$a2V5", "scrypt$2147483648$8$1$c2FsdA==$a2V5"])(
    "given an unreadable stored hash %j, when verified, then it does not match",
    async (stored) => {
      expect(await verifyPassword("correct horse", stored)).toBe(false);
    },
  );
});
