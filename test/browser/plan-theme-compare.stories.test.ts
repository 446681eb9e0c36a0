import * as stories from '../../stories/plan-theme-compare.stories.js';
import { runStories } from './story-fixtures.js';

runStories('plan-theme-compare', stories);
