/**
 * `items.map(f)`, always as a packed array. V8's own `map` returns a packed array when the code
 * calling it runs in the interpreter and a holey one (another hidden class) once that code is
 * optimised, so whatever reads the result met a new hidden class each time a caller tiered up, and
 * was deoptimised and recompiled. In the first megabyte of articles, most of the generator's
 * deoptimisations were of that kind.
 */
export function mapped<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
	const out: U[] = [];
	for (let i = 0; i < items.length; i++) out.push(f(items[i]!, i));
	return out;
}
