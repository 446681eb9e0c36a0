import * as stories from '../../stories/plan-summary.stories.js';
import { runStories } from './story-fixtures.js';

runStories('plan-summary', stories);
