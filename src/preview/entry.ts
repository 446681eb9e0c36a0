/** Starts the preview page in its `#preview` element (the page's own script; see ./app.ts). */
import { startPreview } from './app.js';

const root = document.getElementById('preview');
if (root) startPreview(root);

// An ES module with an export (so that tools reading dist/cdn see a module, as it is).
export { startPreview };
