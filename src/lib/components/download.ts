/** Saves text or bytes (an Anki package) as a file through the browser's download. */
export function downloadFile(name: string, data: string | Uint8Array, type = 'application/json'): void {
	// Blob takes views of an ArrayBuffer only (not of a SharedArrayBuffer): bytes are copied into one.
	const part = typeof data === 'string' ? data : new Uint8Array(data);
	const url = URL.createObjectURL(new Blob([part], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
