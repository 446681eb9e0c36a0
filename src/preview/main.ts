/**
 * The preview page's script in the demo build (preview.html through Vite): the comparison element
 * and the page. The CDN copy of the page (dist/cdn/preview.html) loads plan-compare.js for the
 * element and plan-compare-preview.js (./entry.ts) for the page instead.
 */
import '../elements/plan-comparison/define.js';
import './entry.js';
