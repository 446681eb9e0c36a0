import * as stories from '../../stories/plan-target-chart.stories.js';
import { runStories } from './story-fixtures.js';

runStories('plan-target-chart', stories);
