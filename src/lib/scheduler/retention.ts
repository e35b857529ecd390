import { FSRS6_DEFAULT_DECAY } from 'ts-fsrs';

// What a desired retention costs. With FSRS's power forgetting curve R(t) = (1 + f·t/S)^(-d), the
// interval that lands on retention R is proportional to R^(-1/d) − 1; the number of reviews a card
// needs is, to a first approximation, inversely proportional to its intervals.

function intervalFactor(retention: number, decay = FSRS6_DEFAULT_DECAY): number {
	return Math.pow(retention, -1 / decay) - 1;
}

/** Reviews needed at `retention`, relative to those needed at `baseline` (0.9). */
export function workloadRatio(retention: number, baseline = 0.9): number {
	return intervalFactor(baseline) / intervalFactor(retention);
}

/** One line on what a setting costs: "About 2.3× the reviews of 0.90; you forget about 5 in 100." */
export function retentionCost(retention: number): string {
	const ratio = workloadRatio(retention);
	const forget = Math.round((1 - retention) * 100);
	const load =
		Math.abs(ratio - 1) < 0.05
			? 'The recommended balance of reviews and recall'
			: `About ${ratio < 1 ? ratio.toFixed(2) : ratio.toFixed(1)}× the reviews of 0.90`;
	return `${load}; you forget about ${forget} in 100 cards before they come back.`;
}
