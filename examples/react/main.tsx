// plan-compare in a React 19 app: plan objects go in through the `data` property, `plans` and
// `lang` come from React state, and the elements' custom events come back into React state.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
// Each define module registers one element (a side effect) and declares its tag in HTMLElementTagNameMap.
import 'plan-compare/plan-track-matrix/define';
import 'plan-compare/plan-initiative-list/define';
import type { PlanSelectEvent, PlanThemeSelection } from 'plan-compare';
import type { PlanFilterChangeDetail } from 'plan-compare/plan-initiative-list';
// Plan documents as shipped in the package (`plan-compare/plans/*.json`); the elements validate them.
import randers from 'plan-compare/plans/randers-2017-2020.json';
import aabenraa from 'plan-compare/plans/aabenraa-2022-2024.json';
import aalborg from 'plan-compare/plans/aalborg-2016-2019-status.json';
import themes from 'plan-compare/themes.json';

type Lang = 'da' | 'en';

/** One array for both elements: created once, so React never hands the elements a new `data`. */
const PLANS = [randers, aabenraa, aalborg];

const TEXT = {
  da: {
    title: 'Rusmiddelplaner i en React-app',
    language: 'English',
    plans: 'Planer',
    selected: 'Valgt',
    nothing: 'ingen',
    search: 'Søgning',
  },
  en: {
    title: 'Substance-use plans in a React app',
    language: 'Dansk',
    plans: 'Plans',
    selected: 'Selected',
    nothing: 'none',
    search: 'Search',
  },
} as const;

function planName(id: string): string {
  const plan = PLANS.find((p) => p.id === id);
  return plan ? plan.municipalities.map((m) => m.name).join(' og ') : id;
}

function themeName(id: string, lang: Lang): string {
  return themes.themes.find((t) => t.id === id)?.label[lang] ?? id;
}

function App() {
  const [lang, setLang] = useState<Lang>('da');
  const [shown, setShown] = useState<string[]>(PLANS.map((p) => p.id));
  const [selection, setSelection] = useState<PlanThemeSelection | null>(null);
  const [query, setQuery] = useState('');
  const t = TEXT[lang];

  const toggle = (id: string) =>
    setShown((ids) =>
      ids.includes(id)
        ? ids.filter((x) => x !== id)
        : PLANS.map((p) => p.id).filter((x) => x === id || ids.includes(x)),
    );

  return (
    // The elements take their language from the nearest `lang` attribute; React sets `lang` on a
    // custom element as a property, so the app's root carries the attribute (right for its own text too).
    <main lang={lang}>
      <header>
        <h1>{t.title}</h1>
        <button
          type="button"
          id="language"
          lang={lang === 'da' ? 'en' : 'da'}
          onClick={() => setLang(lang === 'da' ? 'en' : 'da')}
        >
          {t.language}
        </button>
      </header>
      <fieldset>
        <legend>{t.plans}</legend>
        {PLANS.map((p) => (
          <label key={p.id}>
            <input
              type="checkbox"
              name="plan"
              value={p.id}
              checked={shown.includes(p.id)}
              onChange={() => toggle(p.id)}
            />
            {planName(p.id)} {p.period.start}–{p.period.end}
          </label>
        ))}
      </fieldset>
      <p id="selection" role="status">
        {t.selected}: {selection ? `${planName(selection.planId)} × ${themeName(selection.theme, lang)}` : t.nothing}
      </p>
      {/* React 19 sets `data`, `plans` and `lang` as properties (the element has them);
          `on` + the exact event name adds a listener for a custom event. */}
      <plan-track-matrix
        data={PLANS}
        plans={shown.join(' ')}
        lang={lang}
        onplan-select={(e: PlanSelectEvent) => setSelection(e.detail)}
        onplan-select-clear={() => setSelection(null)}
      />
      <p id="query" role="status">
        {t.search}: {query ? `“${query}”` : t.nothing}
      </p>
      <plan-initiative-list
        data={PLANS}
        plans={shown.join(' ')}
        lang={lang}
        onplan-filter-change={(e: CustomEvent<PlanFilterChangeDetail>) => setQuery(e.detail.query ?? '')}
      />
    </main>
  );
}

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
