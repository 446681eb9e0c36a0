import * as stories from '../../stories/plan-differences.stories.js';
import { runStories } from './story-fixtures.js';

runStories('plan-differences', stories);
