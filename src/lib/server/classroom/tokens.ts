import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** A secret for a host or a player: 192 random bits, URL-safe. */
export function newToken(): string {
	return randomBytes(24).toString('base64url');
}

export function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

export function sameHash(a: string, b: string): boolean {
	const x = Buffer.from(a);
	const y = Buffer.from(b);
	return x.length === y.length && timingSafeEqual(x, y);
}

/** A join PIN: six digits, never starting with 0 (so that it reads the same as a number). */
export function newPin(): string {
	return String(randomInt(100_000, 1_000_000));
}
