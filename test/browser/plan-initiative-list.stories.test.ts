import * as stories from '../../stories/plan-initiative-list.stories.js';
import { runStories } from './story-fixtures.js';

runStories('plan-initiative-list', stories);
