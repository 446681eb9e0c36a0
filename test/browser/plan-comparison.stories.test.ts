import * as stories from '../../stories/plan-comparison.stories.js';
import { runStories } from './story-fixtures.js';

// A story renders every section of the comparison: the IBM rules take 20–40 s over all five plans on a busy machine.
runStories('plan-comparison', stories, { timeout: 150000 });
