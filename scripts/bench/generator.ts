// Generator benchmark: `npm run bench:generator`.
// (a) the seed article, warm; (b) throughput on ~1 MB of article-sized texts; (c) wink-nlp's bare
// parse of the same texts as the baseline; (d) peak memory during (b); (e) scaling of one text of
// 10 KB, 100 KB and 1 MB, each in a child process with a time limit (so a blow-up is reported, not
// waited out). `--single <bytes>` is that child's mode.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { splitFrontMatter } from '../../src/lib/generator/front-matter';
import { generateDeck } from '../../src/lib/generator/index';
import { WINK_PIPE } from '../../src/lib/generator/nlp';
import { seededRandom } from '../../src/lib/generator/random';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SEED = join(ROOT, 'questions/articles/nvidia-huang-chinese-ai-models.md');
const MB = 1024 * 1024;
const SCALING_LIMIT_S = Number(process.env.BENCH_SCALING_LIMIT_S ?? 150);

const kb = (bytes: number) => bytes / 1024;
const bytesOf = (text: string) => Buffer.byteLength(text, 'utf8');
const ms = (n: number) => `${n.toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;

function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function bodies(): string[] {
	const dir = join(ROOT, 'questions/articles');
	return readdirSync(dir)
		.filter((f) => f.endsWith('.md'))
		.sort()
		.map((f) => splitFrontMatter(readFileSync(join(dir, f), 'utf8')).body);
}

/** Article-sized texts totalling `total` bytes: the sample articles, paragraphs shuffled, numbers nudged. */
function corpus(total: number): string[] {
	const random = seededRandom('bench');
	const sources = bodies();
	const texts: string[] = [];
	let size = 0;
	for (let i = 0; size < total; i++) {
		const paragraphs = sources[i % sources.length]!.split(/\n\s*\n/);
		const [head, ...rest] = paragraphs;
		const shuffled = [head!, ...random.shuffle(rest)].join('\n\n');
		// A small variation so that no two texts are the same: some digits change.
		const text = shuffled.replace(/\d/g, (d) => (random.next() < 0.1 ? String((Number(d) + 1) % 10) : d));
		texts.push(text);
		size += bytesOf(text);
	}
	return texts;
}

/** One text of about `bytes` bytes: the corpus texts joined as one article. */
function singleText(bytes: number): string {
	let text = '';
	for (const part of corpus(bytes)) text += `${part}\n\n`;
	while (bytesOf(text) > bytes) text = text.slice(0, text.length - Math.max(1, Math.floor((bytesOf(text) - bytes) / 2)));
	return text;
}

function single(bytes: number): void {
	const warm = readFileSync(SEED, 'utf8');
	for (let i = 0; i < 2; i++) generateDeck(warm, { id: 'warm' });
	const text = singleText(bytes);
	const started = performance.now();
	const deck = generateDeck(text, { id: 'single' });
	const elapsed = performance.now() - started;
	console.log(JSON.stringify({ bytes: bytesOf(text), ms: elapsed, questions: deck.questions.length, maxRssKb: process.resourceUsage().maxRSS }));
}

function main(): void {
	console.log(`Generator benchmark — Node ${process.version}, ${new Date().toISOString()}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores\n`);

	// (a) The seed article.
	const seed = readFileSync(SEED, 'utf8');
	let started = performance.now();
	generateDeck(seed, { id: 'seed' });
	const cold = performance.now() - started;
	for (let i = 0; i < 3; i++) generateDeck(seed, { id: 'seed' });
	const runs: number[] = [];
	for (let i = 0; i < 25; i++) {
		started = performance.now();
		generateDeck(seed, { id: 'seed' });
		runs.push(performance.now() - started);
	}
	runs.sort((a, b) => a - b);
	const median = percentile(runs, 50);
	console.log(`(a) seed article (${kb(bytesOf(seed)).toFixed(1)} KB), 25 warm runs after 3 warm-up runs`);
	console.log(`    first (cold, model load included) ${ms(cold)}`);
	console.log(`    median ${ms(median)}   p95 ${ms(percentile(runs, 95))}   min ${ms(runs[0]!)}   max ${ms(runs[runs.length - 1]!)}`);
	console.log(`    target: median < 100 ms warm → ${median < 100 ? 'MET' : 'NOT MET'}\n`);

	// (b) + (d) Throughput on ~1 MB of article-sized texts, with memory sampled after each article.
	const texts = corpus(MB);
	const totalBytes = texts.reduce((n, t) => n + bytesOf(t), 0);
	// Warmed on the first five texts, as the baseline is below.
	for (const text of texts.slice(0, 5)) generateDeck(text, { id: 'warm' });
	const rssBefore = process.memoryUsage().rss;
	let peakRss = rssBefore;
	let peakHeap = process.memoryUsage().heapUsed;
	let questions = 0;
	started = performance.now();
	for (const text of texts) {
		questions += generateDeck(text, { id: 'bench' }).questions.length;
		const memory = process.memoryUsage();
		peakRss = Math.max(peakRss, memory.rss);
		peakHeap = Math.max(peakHeap, memory.heapUsed);
	}
	const generatorMs = performance.now() - started;
	const generatorKbs = kb(totalBytes) / (generatorMs / 1000);
	console.log(`(b) throughput: ${texts.length} articles, ${kb(totalBytes).toFixed(0)} KB in all (${(kb(totalBytes) / texts.length).toFixed(1)} KB each)`);
	console.log(`    ${(generatorMs / 1000).toFixed(2)} s → ${generatorKbs.toFixed(1)} KB/s, ${questions} questions (${(generatorMs / texts.length).toFixed(1)} ms per article)\n`);

	// (c) Baseline: wink-nlp's bare parse of the same texts.
	// The same pipe the generator loads (sentences, parts of speech, entities): a baseline that also
	// ran wink's negation and sentiment passes would be slower, and flatter the ratio.
	const nlp = winkNLP(model, WINK_PIPE);
	const its = nlp.its;
	const parse = (text: string) => {
		const doc = nlp.readDoc(text);
		doc.sentences().out();
		doc.entities().out();
		doc.tokens().out(its.pos);
	};
	for (const text of texts.slice(0, 5)) parse(text);
	started = performance.now();
	for (const text of texts) parse(text);
	const winkMs = performance.now() - started;
	const winkKbs = kb(totalBytes) / (winkMs / 1000);
	const ratio = (generatorKbs / winkKbs) * 100;
	console.log(`(c) baseline, wink-nlp (pipe ${WINK_PIPE.join(', ')}) readDoc + sentences + entities + tokens(pos), same ${texts.length} texts`);
	console.log(`    ${(winkMs / 1000).toFixed(2)} s → ${winkKbs.toFixed(1)} KB/s`);
	console.log(`    generator / baseline = ${ratio.toFixed(1)}%   target ≥ 30% → ${ratio >= 30 ? 'MET' : 'NOT MET'}\n`);
	console.log(`(d) memory during the 1 MB run (sampled after each article)`);
	console.log(`    rss before ${mb(rssBefore)}, peak ${mb(peakRss)}; heapUsed peak ${mb(peakHeap)}; process maxRSS so far ${mb(process.resourceUsage().maxRSS * 1024)}`);
	console.log(`    target: 1 MB under 300 MB → ${peakRss < 300 * MB ? 'MET' : 'NOT MET'}\n`);

	// (e) Scaling: one text of each size, each in its own process (warmed up there first).
	console.log(`(e) scaling: one text of each size, warm, in a child process stopped after ${SCALING_LIMIT_S} s`);
	let previous: { bytes: number; ms: number } | undefined;
	for (const size of [10 * 1024, 100 * 1024, MB]) {
		const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--single', String(size)], {
			cwd: ROOT,
			encoding: 'utf8',
			timeout: SCALING_LIMIT_S * 1000
		});
		const label = `${kb(size).toFixed(0)} KB`.padStart(8);
		if (child.status !== 0 || !child.stdout.trim()) {
			const why = child.error && /ETIMEDOUT/.test(String(child.error)) ? `did not finish within ${SCALING_LIMIT_S} s (stopped)` : `failed: ${child.stderr.trim().split('\n')[0]}`;
			console.log(`    ${label}: ${why}`);
			if (previous) console.log(`              at least ${((SCALING_LIMIT_S * 1000) / previous.ms).toFixed(1)}× the time of the previous size for ${(size / previous.bytes).toFixed(1)}× the text (a lower bound: the run was stopped; linear: ${(size / previous.bytes).toFixed(1)}×)`);
			previous = undefined;
			continue;
		}
		const result = JSON.parse(child.stdout.trim().split('\n').pop()!) as { bytes: number; ms: number; questions: number; maxRssKb: number };
		const ratioText = previous ? `; ${(result.ms / previous.ms).toFixed(1)}× the time for ${(result.bytes / previous.bytes).toFixed(1)}× the text (linear: ${(result.bytes / previous.bytes).toFixed(1)}×)` : '';
		console.log(`    ${label}: ${(result.ms / 1000).toFixed(2)} s, ${(kb(result.bytes) / (result.ms / 1000)).toFixed(1)} KB/s, ${result.questions} questions, maxRSS ${mb(result.maxRssKb * 1024)}${ratioText}`);
		previous = result;
	}
}

const at = process.argv.indexOf('--single');
if (at >= 0) single(Number(process.argv[at + 1]));
else main();
