import * as stories from '../../stories/plan-evolution.stories.js';
import { runStories } from './story-fixtures.js';

runStories('plan-evolution', stories);
