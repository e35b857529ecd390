import { parseBackup, type Backup, type BackupRepository, type ImportPlan } from '$lib/storage';

/** Export a learner's progress to a file, and restore one after showing what it will change. */
export class BackupState {
	/** A file read and checked, waiting for the learner's confirmation. */
	pending = $state.raw<{ backup: Backup; plan: ImportPlan; fileName: string } | null>(null);
	errors = $state.raw<string[]>([]);
	message = $state('');
	readonly #repo: BackupRepository;
	readonly #now: () => number;

	constructor(repo: BackupRepository, now: () => number) {
		this.#repo = repo;
		this.#now = now;
	}

	/** The file's name and text for a learner's backup. */
	async export(learnerId: string, learnerName: string): Promise<{ name: string; text: string }> {
		const backup = await this.#repo.export(learnerId, this.#now());
		const date = new Date(backup.exportedAt).toISOString().slice(0, 10);
		const slug = learnerName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'learner';
		this.message = `Exported ${backup.cards.length} cards and ${backup.reviewLog.length} answers.`;
		return { name: `factdeck-${slug}-${date}.json`, text: JSON.stringify(backup, null, 1) };
	}

	/** Reads a file: nothing is written until confirm(). */
	async read(fileName: string, text: string): Promise<void> {
		this.pending = null;
		this.message = '';
		const parsed = parseBackup(text);
		if (!parsed.ok) {
			this.errors = parsed.errors;
			return;
		}
		this.errors = [];
		this.pending = { backup: parsed.backup, plan: await this.#repo.plan(parsed.backup), fileName };
	}

	/** Writes the pending backup in one transaction; returns the restored learner's id. */
	async confirm(): Promise<string | null> {
		const pending = this.pending;
		if (!pending) return null;
		try {
			await this.#repo.restore(pending.backup);
		} catch (e) {
			this.errors = [`Nothing was restored: ${(e as Error).message}`];
			return null;
		}
		this.pending = null;
		const { cards, reviewLog } = pending.plan;
		this.message = `Restored ${pending.backup.learner.name}: ${cards.add + cards.replace} cards and ${reviewLog.add + reviewLog.replace} answers.`;
		return pending.backup.learner.id;
	}

	cancel(): void {
		this.pending = null;
	}
}
