// plan-compare in a Vue 3 app, written with render functions (`h`) so that it needs neither a
// .vue compiler nor Vue's runtime template compiler (which needs `unsafe-eval` under a strict CSP).
// Plan objects go in through the `data` property, `plans` and `lang` come from Vue state, and the
// elements' custom events come back into Vue state.
import { createApp, defineComponent, h, ref } from 'vue';
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

/** Plain objects, outside Vue's reactivity: the elements get the documents themselves, not proxies. */
const PLANS = [randers, aabenraa, aalborg];

const TEXT = {
  da: {
    title: 'Rusmiddelplaner i en Vue-app',
    language: 'English',
    plans: 'Planer',
    selected: 'Valgt',
    nothing: 'ingen',
    search: 'Søgning',
  },
  en: {
    title: 'Substance-use plans in a Vue app',
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

const App = defineComponent({
  setup() {
    const lang = ref<Lang>('da');
    const shown = ref<string[]>(PLANS.map((p) => p.id));
    const selection = ref<PlanThemeSelection | null>(null);
    const query = ref('');

    const toggle = (id: string) => {
      const ids = shown.value;
      shown.value = ids.includes(id)
        ? ids.filter((x) => x !== id)
        : PLANS.map((p) => p.id).filter((x) => x === id || ids.includes(x));
    };

    return () => {
      const t = TEXT[lang.value];
      const sel = selection.value;
      return h('main', { lang: lang.value }, [
        h('header', [
          h('h1', t.title),
          h(
            'button',
            {
              type: 'button',
              id: 'language',
              lang: lang.value === 'da' ? 'en' : 'da',
              onClick: () => (lang.value = lang.value === 'da' ? 'en' : 'da'),
            },
            t.language,
          ),
        ]),
        h('fieldset', [
          h('legend', t.plans),
          ...PLANS.map((p) =>
            h('label', { key: p.id }, [
              h('input', {
                type: 'checkbox',
                name: 'plan',
                value: p.id,
                checked: shown.value.includes(p.id),
                onChange: () => toggle(p.id),
              }),
              ` ${planName(p.id)} ${p.period.start}–${p.period.end}`,
            ]),
          ),
        ]),
        h(
          'p',
          { id: 'selection', role: 'status' },
          `${t.selected}: ${sel ? `${planName(sel.planId)} × ${themeName(sel.theme, lang.value)}` : t.nothing}`,
        ),
        // Vue sets a prop as a property when the element has it (`data`, `plans`), else as an attribute;
        // `.name` forces a property, `^name` an attribute. The elements read their language from the
        // `lang` attribute (theirs or an ancestor's), so `^lang`. `onPlanSelect` listens for `plan-select`.
        h('plan-track-matrix', {
          data: PLANS,
          plans: shown.value.join(' '),
          '^lang': lang.value,
          onPlanSelect: (e: PlanSelectEvent) => (selection.value = e.detail),
          onPlanSelectClear: () => (selection.value = null),
        }),
        h('p', { id: 'query', role: 'status' }, `${t.search}: ${query.value ? `“${query.value}”` : t.nothing}`),
        h('plan-initiative-list', {
          data: PLANS,
          plans: shown.value.join(' '),
          '^lang': lang.value,
          onPlanFilterChange: (e: CustomEvent<PlanFilterChangeDetail>) => (query.value = e.detail.query ?? ''),
        }),
      ]);
    };
  },
});

createApp(App).mount('#app');
