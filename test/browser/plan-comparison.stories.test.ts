import * as stories from '../../stories/plan-comparison.stories.js';
import { runStories } from './story-fixtures.js';

// A story renders every section of the comparison: the IBM rules take 20–40 s over all five plans on a busy
// machine. The stories are spread over two files (this one and plan-comparison-2.stories.test.ts) so that
// each file stays well within the test runner's time bound per file.
runStories('plan-comparison', stories, { timeout: 150000, part: [1, 2] });
