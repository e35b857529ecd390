// zod's tree-shakable build, for the schemas every page loads (stored records, study settings):
// the same checks and English messages as `zod` at a third of the weight on a learner's first visit.
// The deck schema, which only the server, the generator and imports need, keeps the full `zod`.
import * as z from 'zod/mini';
import { en } from 'zod/locales';

z.config(en());

export { z };
