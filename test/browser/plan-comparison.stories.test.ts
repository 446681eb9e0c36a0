import * as stories from '../../stories/plan-comparison.stories.js';
import { runStories } from './story-fixtures.js';

runStories('plan-comparison', stories);
