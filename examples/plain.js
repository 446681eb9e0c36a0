// examples/plain.html: a plan file fetched by the page goes to the element as its `data` property
// (a promise is fine: the element shows its loading state until it settles), and the page listens
// for the element's `plan-select` / `plan-select-clear` events with addEventListener.
const PLAN_URL = '../data/plans/randers-2017-2020.json';
const THEMES_URL = '../data/themes.json';

const matrix = document.getElementById('matrix');
const status = document.getElementById('selection');

const json = (url) => fetch(url).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${url}: HTTP ${r.status}`))));
const plan = json(PLAN_URL);
const themes = json(THEMES_URL);

matrix.data = plan;

matrix.addEventListener('plan-select', async (event) => {
  const { planId, theme } = event.detail;
  const [p, t] = await Promise.all([plan, themes]);
  const name = p.id === planId ? p.municipalities.map((m) => m.name).join(' og ') : planId;
  const label = t.themes.find((x) => x.id === theme)?.label.da ?? theme;
  status.textContent = `Valgt: ${name} × ${label}`;
});

matrix.addEventListener('plan-select-clear', () => {
  status.textContent = 'Valgt: ingen';
});
