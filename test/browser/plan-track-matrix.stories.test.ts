import * as stories from '../../stories/plan-track-matrix.stories.js';
import { runStories } from './story-fixtures.js';

runStories('plan-track-matrix', stories);
