// The generator in a Web Worker: the page stays responsive while a long text is read, and the
// generator's code and language model are loaded only by the page that makes decks.
import { generateDeck } from '$lib/generator';
import { QUESTION_BATCH, type WorkerReply, type WorkerRequest } from './messages';

const post = (reply: WorkerReply) => self.postMessage(reply);

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
	const request = event.data;
	const started = performance.now();
	try {
		if (request.type === 'warm') {
			// The model is built on first use: build it now, while the learner is still pasting.
			generateDeck('Warming up. The model loads now.');
			post({ type: 'warm', ms: performance.now() - started });
			return;
		}
		post({ type: 'progress', id: request.id, stage: 'generating' });
		const { questions, ...head } = generateDeck(request.text);
		post({ type: 'head', id: request.id, deck: head, count: questions.length, ms: performance.now() - started });
		for (let i = 0; i < questions.length; i += QUESTION_BATCH) {
			post({ type: 'questions', id: request.id, questions: questions.slice(i, i + QUESTION_BATCH) });
		}
		post({ type: 'done', id: request.id });
	} catch (e) {
		post({ type: 'error', id: request.type === 'generate' ? request.id : -1, message: (e as Error).message ?? String(e) });
	}
};

post({ type: 'ready' });
