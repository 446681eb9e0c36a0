import * as stories from '../../stories/plan-comparison.stories.js';
import { runStories } from './story-fixtures.js';

// The other half of the comparison's stories (see plan-comparison.stories.test.ts).
runStories('plan-comparison', stories, { timeout: 150000, part: [2, 2] });
