/**
 * The preview page (preview.html): choose or drop plan files, see every problem with its line and
 * column beside the file with those lines marked, in Danish or English; a valid plan is shown in
 * the full `<plan-comparison>` beside the bundled plans, with the embed snippet for it.
 *
 * Everything runs in this page: the files are read with `File.text()` and never sent anywhere (no
 * fetch, no form). The page runs under a strict Content-Security-Policy: no inline script or style
 * (lit templates only; styles in preview.css). `<plan-comparison>` is defined by the other script
 * of the page (the CDN file, or the element's define module in the demo build).
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { readFiles, besideBundled, type PreviewFile, type PreviewMessage, type PreviewResult } from './read.js';
import { PREVIEW_STRINGS } from './strings.js';
import type { MessageLang } from '../schema/localise.js';
import type { Plan } from '../schema/plan.js';
import { cdnScriptUrl, embedSnippet } from '../model/share.js';
import { VERSION } from '../version.js';
import { validateCollection } from '../schema/validate.js';

interface State {
  lang: MessageLang;
  reading: boolean;
  result?: PreviewResult;
  /** Valid plans beside the bundled ones (when the files are valid). */
  shown?: { plans: Plan[]; own: string[]; messages: PreviewMessage[]; bundled: number };
  /** Plan ids chosen in the comparison (undefined: all). */
  chosen?: string[];
  /** The line a message link jumped to. */
  current?: string;
}

let bundled: Promise<Plan[]> | undefined;
/** The bundled plans, validated once (the seed documents load when a valid file first needs them). */
function bundledPlans(): Promise<Plan[]> {
  bundled ??= import('../data/seed-documents.js').then((m) => validateCollection(m.BUNDLED_DOCUMENTS).plans);
  return bundled;
}

const lineId = (file: number, line: number) => `f${file}-L${line}`;

export function startPreview(root: HTMLElement): void {
  const state: State = { lang: document.documentElement.lang === 'en' ? 'en' : 'da', reading: false };
  let downloadUrl: string | undefined;

  const update = () => render(view(), root);

  async function take(list: FileList | readonly File[] | null | undefined) {
    const files = [...(list ?? [])];
    if (files.length === 0) return;
    state.reading = true;
    state.result = state.shown = state.chosen = state.current = undefined;
    update();
    const read: PreviewFile[] = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
    const result = readFiles(read);
    state.result = result;
    if (result.messages.every((m) => m.note) && result.plans.length > 0)
      state.shown = besideBundled(result, await bundledPlans());
    state.reading = false;
    update();
    root.querySelector<HTMLElement>('#summary')?.focus();
  }

  function jump(e: Event, id: string) {
    e.preventDefault();
    state.current = id;
    update();
    const line = root.querySelector<HTMLElement>(`#${id}`);
    line?.scrollIntoView({ block: 'center' });
    line?.focus({ preventScroll: true });
  }

  function setLang(lang: MessageLang) {
    state.lang = lang;
    document.documentElement.lang = lang;
    document.title = `${PREVIEW_STRINGS[lang].title} · plan-compare`;
    update();
  }

  /** The file the snippet names: the plans of the view, to put beside the page. */
  function dataFile(): { name: string; plans: Plan[] } | undefined {
    const shown = state.shown;
    if (!shown || shown.own.length === 0) return undefined;
    const chosen = state.chosen ? shown.plans.filter((p) => state.chosen!.includes(p.id)) : shown.plans;
    return { name: shown.own.length === 1 ? `${shown.own[0]}.json` : 'plans.json', plans: chosen };
  }

  function download(e: Event) {
    const file = dataFile();
    if (!file) return;
    if (downloadUrl) URL.revokeObjectURL(downloadUrl);
    downloadUrl = URL.createObjectURL(
      new Blob([JSON.stringify({ plans: file.plans }, null, 2) + '\n'], { type: 'application/json' }),
    );
    const a = e.currentTarget as HTMLAnchorElement;
    a.href = downloadUrl;
  }

  function view(): TemplateResult {
    const s = PREVIEW_STRINGS[state.lang];
    const result = state.result;
    const problems = [...(result?.messages ?? []), ...(state.shown?.messages ?? [])];
    const errors = problems.filter((m) => !m.note);
    return html`<header class="page-header">
        <p class="eyebrow">plan-compare</p>
        <h1>${s.title}</h1>
        <p>${s.lead}</p>
        <p class="privacy">${s.privacy}</p>
        <div class="lang" role="group" aria-label=${s.language}>
          ${(['da', 'en'] as const).map(
            (l) =>
              html`<button
                type="button"
                lang=${l}
                aria-pressed=${state.lang === l ? 'true' : 'false'}
                @click=${() => setLang(l)}
              >
                ${l === 'da' ? 'Dansk' : 'English'}
              </button>`,
          )}
        </div>
      </header>
      <main>
        <div
          class="drop"
          @dragover=${(e: DragEvent) => {
            e.preventDefault();
            (e.currentTarget as HTMLElement).classList.add('over');
          }}
          @dragleave=${(e: DragEvent) => (e.currentTarget as HTMLElement).classList.remove('over')}
          @drop=${(e: DragEvent) => {
            e.preventDefault();
            e.stopPropagation();
            (e.currentTarget as HTMLElement).classList.remove('over');
            void take(e.dataTransfer?.files);
          }}
        >
          <label for="files" class="button">${s.choose}</label>
          <input
            id="files"
            type="file"
            multiple
            accept=".json,.csv,.tsv,.txt,application/json,text/csv"
            aria-describedby="files-hint"
            @change=${(e: Event) => void take((e.target as HTMLInputElement).files)}
          />
          <span class="drop-hint">${s.drop}</span>
          <p id="files-hint" class="hint">${s.chooseHint}</p>
        </div>
        <p id="summary" class="summary" role="status" tabindex="-1" data-state=${summaryState(errors.length, result)}>
          ${
            state.reading
              ? s.reading
              : result
                ? errors.length
                  ? s.problems(errors.length)
                  : state.shown
                    ? s.valid(result.plans.length)
                    : nothing
                : nothing
          }
        </p>
        ${result && !state.reading ? resultView(result, problems) : nothing}
      </main>`;
  }

  function summaryState(errors: number, result?: PreviewResult): string {
    if (state.reading) return 'reading';
    if (!result) return 'empty';
    return errors ? 'invalid' : 'valid';
  }

  function resultView(result: PreviewResult, problems: PreviewMessage[]): TemplateResult {
    const s = PREVIEW_STRINGS[state.lang];
    const marked = new Map<string, PreviewMessage[]>();
    for (const m of problems) {
      if (m.line === 0) continue;
      const id = lineId(m.file, m.line);
      marked.set(id, [...(marked.get(id) ?? []), m]);
    }
    const showFiles = problems.length > 0;
    return html`${
      showFiles
        ? html`<div class="report">
            <section class="messages" aria-labelledby="messages-title">
              <h2 id="messages-title">${s.messagesTitle}</h2>
              <ol>
                ${problems.map((m) => messageItem(m, result))}
              </ol>
            </section>
            <div class="sources">${result.files.map((f, i) => sourceView(f.name, f.text, i, marked))}</div>
          </div>`
        : nothing
    }
    ${state.shown && problems.every((m) => m.note) ? comparisonView() : nothing}`;
  }

  function messageItem(m: PreviewMessage, result: PreviewResult): TemplateResult {
    const s = PREVIEW_STRINGS[state.lang];
    const file = result.files[m.file]!.name;
    return html`<li class=${m.note ? 'note' : 'error'} data-line=${m.line} data-file=${file}>
      ${m.note ? html`<strong>${s.noteWord}:</strong> ` : nothing}
      <span class="file">${file}</span>,
      ${
        m.line === 0
          ? html`<span class="where">${s.wholeFile}</span>`
          : html`<a
              class="where"
              href=${`#${lineId(m.file, m.line)}`}
              @click=${(e: Event) => jump(e, lineId(m.file, m.line))}
              >${s.where(m.line, m.column)}</a
            >`
      }:
      <span class="text">${m.text(state.lang)}</span>
    </li>`;
  }

  function sourceView(name: string, text: string, file: number, marked: Map<string, PreviewMessage[]>): TemplateResult {
    const s = PREVIEW_STRINGS[state.lang];
    const lines = text.split(/\r?\n/);
    if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
    return html`<section class="source" aria-label=${s.fileTitle(name)}>
      <h2 class="file-title">${s.fileTitle(name)}</h2>
      <pre tabindex="0" aria-label=${s.fileLabel(name)}><code>${lines.map((line, i) => {
        const id = lineId(file, i + 1);
        const here = marked.get(id);
        const cls = `line${here ? ' marked' : ''}${state.current === id ? ' current' : ''}`;
        return html`<span class=${cls} id=${id} tabindex="-1" data-line=${i + 1}
          ><span class="ln" aria-hidden="true">${i + 1}</span>${
            here ? html`<span class="visually-hidden">${s.messagesTitle}: </span>` : nothing
          }${line}${'\n'}</span
        >`;
      })}</code></pre>
    </section>`;
  }

  function comparisonView(): TemplateResult {
    const s = PREVIEW_STRINGS[state.lang];
    const shown = state.shown!;
    const file = dataFile();
    const snippet = file
      ? embedSnippet({ plans: state.chosen }, { scriptSrc: cdnScriptUrl(VERSION), lang: state.lang, src: file.name })
      : '';
    return html`<section class="comparison" aria-labelledby="comparison-title">
        <h2 id="comparison-title">${s.comparisonTitle}</h2>
        <p>${s.comparisonLead(shown.own, shown.bundled)}</p>
        <plan-comparison
          heading-level="3"
          lang=${state.lang}
          embed-data-file=${file?.name ?? ''}
          .data=${shown.plans}
          @plan-selection-change=${(e: CustomEvent<{ plans: string[] }>) => {
            state.chosen = e.detail.plans;
            update();
          }}
        ></plan-comparison>
      </section>
      ${
        file
          ? html`<section class="embed" aria-labelledby="embed-title">
              <h2 id="embed-title">${s.embedTitle}</h2>
              <p id="embed-lead">${s.embedLead(file.name)}</p>
              <p><a class="button" href="#" download=${file.name} @click=${download}>${s.download(file.name)}</a></p>
              <textarea
                id="embed-snippet"
                readonly
                rows="6"
                aria-labelledby="embed-title"
                aria-describedby="embed-lead"
                .value=${snippet}
              ></textarea>
            </section>`
          : nothing
      }`;
  }

  // A file dropped beside the drop zone must not make the browser open it (and leave the page).
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    void take(e.dataTransfer?.files);
  });
  setLang(state.lang);
}
