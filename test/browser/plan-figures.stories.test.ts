import * as stories from '../../stories/plan-figures.stories.js';
import { runStories } from './story-fixtures.js';

runStories('plan-figures', stories);
