import { z } from 'zod';
import { ClassroomError } from './errors';

// Reading a request to the classroom API: a small JSON body, checked against its zod schema, or a
// clear JSON error saying what is wrong and where.

/** No request of a game needs more: a name, an answer of 200 characters, a quiz setup. */
export const BODY_LIMIT = 16 * 1024;

async function readText(request: Request, limit: number): Promise<string> {
	const declared = Number(request.headers.get('content-length'));
	const tooLarge = (size: number | string) => new ClassroomError(413, 'too_large', `The request body is ${size} bytes; at most ${limit} are accepted.`);
	if (Number.isFinite(declared) && declared > limit) throw tooLarge(declared);
	if (!request.body) return '';
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			size += value.byteLength;
			if (size > limit) {
				await reader.cancel();
				throw tooLarge(`more than ${limit}`);
			}
			chunks.push(value);
		}
	} catch (e) {
		if (e instanceof ClassroomError) throw e;
		// The server's own body limit, or the client going away mid-body.
		throw tooLarge('too many');
	}
	return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
}

/** The request's JSON body, validated. */
export async function readJson<T>(request: Request, schema: z.ZodType<T>, limit = BODY_LIMIT): Promise<T> {
	const type = request.headers.get('content-type') ?? '';
	if (!/^application\/json\b/i.test(type)) {
		throw new ClassroomError(415, 'not_json', `Send the body as JSON (Content-Type: application/json), not "${type || 'nothing'}".`);
	}
	const text = await readText(request, limit);
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		throw new ClassroomError(400, 'malformed_json', `The request body is not valid JSON: ${(e as Error).message}.`);
	}
	const parsed = schema.safeParse(data);
	if (!parsed.success) throw new ClassroomError(400, 'invalid_request', `The request is not valid: ${describe(parsed.error)}`);
	return parsed.data;
}

function describe(error: z.ZodError): string {
	return error.issues
		.slice(0, 5)
		.map((i) => `${i.path.length ? i.path.join('.') : 'the body'}: ${i.message}`)
		.join('; ');
}

/** The secret in `Authorization: Bearer …`. */
export function bearer(request: Request): string {
	const match = /^Bearer ([A-Za-z0-9_-]{16,128})$/.exec(request.headers.get('authorization') ?? '');
	if (!match) throw new ClassroomError(401, 'no_key', 'This needs the key given when the game was created or joined (Authorization: Bearer …).');
	return match[1]!;
}

export const PinSchema = z.string().regex(/^\d{6}$/, 'a PIN is six digits');

export function checkPin(pin: string): string {
	if (!PinSchema.safeParse(pin).success) throw new ClassroomError(400, 'bad_pin', `"${pin.slice(0, 20)}" is not a PIN: a PIN is six digits.`);
	return pin;
}
