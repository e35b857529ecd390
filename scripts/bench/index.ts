// `npm run bench` — every bench of the project, one after the other. `npm run bench -- <name>` runs
// only the named ones (study, simulate, generator, new-deck, classroom, web). Sizes: --cards, --log, --iterations, --learners, --days;
// --games, --students, --questions (classroom); --port (new-deck, classroom: each has its own default);
// --seconds and --connections for web's load test;
// --keep keeps the seeded IndexedDB profile in the temp directory and reuses it on the next run.
import { parseArgs } from 'node:util';
import { classroomBench } from './classroom';
import { newDeckBench } from './new-deck';
import { simulateBench } from './simulate';
import { studyBench } from './study';
import { webBench } from './web';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		cards: { type: 'string', default: '100000' },
		log: { type: 'string', default: '1000000' },
		iterations: { type: 'string', default: '200' },
		learners: { type: 'string', default: '200' },
		days: { type: 'string', default: '365' },
		keep: { type: 'boolean', default: false },
		games: { type: 'string', default: '30' },
		students: { type: 'string', default: '30' },
		questions: { type: 'string', default: '5' },
		port: { type: 'string' },
		seconds: { type: 'string', default: '20' },
		connections: { type: 'string', default: '100' }
	}
});

const benches: Record<string, () => Promise<void>> = {
	study: () => studyBench({ cards: Number(values.cards), log: Number(values.log), iterations: Number(values.iterations), keep: values.keep }),
	simulate: () => simulateBench({ learners: Number(values.learners), days: Number(values.days) }),
	// The New deck page against the built app (`npx vite build` first), served on --port.
	'new-deck': () => newDeckBench({ iterations: Math.min(Number(values.iterations), 20), port: Number(values.port ?? process.env.BENCH_PORT ?? '4179') }),
	classroom: () =>
		classroomBench({ games: Number(values.games), students: Number(values.students), questions: Number(values.questions), port: Number(values.port ?? '4242') }),
	// The generator's bench runs as it is imported (and runs itself again for each text size).
	generator: async () => {
		await import('./generator');
	},
	web: () => webBench({ seconds: Number(values.seconds), connections: Number(values.connections) })
};

const chosen = positionals.length ? positionals : Object.keys(benches);
for (const name of chosen) {
	const bench = benches[name];
	if (!bench) {
		console.error(`Unknown bench "${name}"; known: ${Object.keys(benches).join(', ')}`);
		process.exit(2);
	}
	console.log(`\n=== ${name} ===`);
	await bench();
}
