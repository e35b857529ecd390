// `npm run bench` — every bench of the project, one after the other. `npm run bench -- <name>` runs
// only the named ones (study, simulate, generator, web). Sizes: --cards, --log, --iterations, --learners, --days;
// --seconds and --connections for web's load test;
// --keep keeps the seeded IndexedDB profile in the temp directory and reuses it on the next run.
import { parseArgs } from 'node:util';
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
		seconds: { type: 'string', default: '20' },
		connections: { type: 'string', default: '100' }
	}
});

const benches: Record<string, () => Promise<void>> = {
	study: () => studyBench({ cards: Number(values.cards), log: Number(values.log), iterations: Number(values.iterations), keep: values.keep }),
	simulate: () => simulateBench({ learners: Number(values.learners), days: Number(values.days) }),
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
