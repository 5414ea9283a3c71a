import { CerdasHttpError, createClientFor } from '@cerdas/client';
import {
  type AgeBand,
  IKM_ELEMENT_LABELS,
  IKM_ELEMENTS,
  type IkmElement,
  type IkmRespondent,
  type IkmResponseCreate,
  type IkmScores,
  ikmSubmitRoute,
  parseTrackingNumber,
} from '@cerdas/model';
import { html, nothing, type TemplateResult } from 'lit';
import { CerdasElement } from '../base/cerdas-element.js';
import { baseStyles } from '../base/styles.js';
import { type IkmSurveyMessages, ikmSurveyMessages } from './ikm-survey.messages.js';
import { ikmSurveyStyles } from './ikm-survey.styles.js';

/** Only the routes this widget calls, so its bundle carries only their schemas. */
const ROUTES = { 'ikm.submit': ikmSubmitRoute } as const;

const SCORES = [1, 2, 3, 4] as const;
const AGE_BANDS: readonly AgeBand[] = ['under-21', '21-30', '31-40', '41-50', '51-60', 'over-60'];
const SEXES: readonly NonNullable<IkmRespondent['sex']>[] = ['L', 'P'];
const EDUCATIONS: readonly NonNullable<IkmRespondent['education']>[] = [
  'sd',
  'smp',
  'sma',
  'diploma',
  's1',
  's2',
  's3',
];
const OCCUPATIONS: readonly NonNullable<IkmRespondent['occupation']>[] = [
  'pns',
  'tni',
  'polri',
  'swasta',
  'wirausaha',
  'lainnya',
];

type Phase = 'form' | 'sending' | 'sent';

/** An Idempotency-Key from `getRandomValues`, which (unlike `randomUUID`) also works on http pages. */
function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The Survei Kepuasan Masyarakat of PermenPANRB 14/2017 for one service: its nine elements,
 * each answered on the four-point scale with the regulation's wordings, an optional respondent
 * profile and comment. A retried submission carries the same Idempotency-Key, so it is counted
 * once.
 *
 * @tagname cerdas-ikm-survey
 * @summary The nine-element public satisfaction (IKM) survey.
 *
 * @csspart form - The survey form.
 * @csspart question - The group of one element's four answers.
 * @csspart option - One answer.
 * @csspart profile - The optional respondent profile.
 * @csspart button - The submit button.
 * @csspart status - The line that reports missing answers, sending, failures and being offline.
 * @csspart thanks - The thank-you message after sending.
 *
 * @cssprop --cerdas-color-primary - The submit button and a chosen answer.
 * @cssprop --cerdas-color-border - Borders of the answers and fields.
 * @cssprop --cerdas-color-danger - Unanswered questions and failures.
 *
 * @fires cerdas-ikm-submitted - The survey was recorded; `detail: { id, serviceId }`.
 */
export class CerdasIkmSurvey extends CerdasElement<IkmSurveyMessages> {
  static override styles = [baseStyles, ikmSurveyStyles];

  static override properties = {
    ...CerdasElement.properties,
    serviceId: { attribute: 'service-id' },
    serviceName: { attribute: 'service-name' },
    trackingNumber: { attribute: 'tracking-number' },
    headingLevel: { attribute: 'heading-level', type: Number },
    scores: { state: true, attribute: false },
    showErrors: { state: true, attribute: false },
    phase: { state: true, attribute: false },
    failure: { state: true, attribute: false },
  };

  /** The id of the service standard being rated, e.g. `ktp-el-baru`. */
  declare serviceId: string;
  /** The service's name, shown in the title. */
  declare serviceName: string | undefined;
  /** The service request (`LYN-…`) that was served, so one request is rated once. */
  declare trackingNumber: string | undefined;
  /** Heading level of the survey's title (2–6). */
  declare headingLevel: number;
  declare private scores: Partial<Record<IkmElement, number>>;
  declare private showErrors: boolean;
  declare private phase: Phase;
  declare private failure: string | undefined;

  protected readonly messages = ikmSurveyMessages;

  /** The key and body of the last attempt: sending the same answers again reuses the key. */
  private pending: { key: string; body: string } | undefined;

  constructor() {
    super();
    this.serviceId = '';
    this.serviceName = undefined;
    this.trackingNumber = undefined;
    this.headingLevel = 2;
    this.scores = {};
    this.showErrors = false;
    this.phase = 'form';
    this.failure = undefined;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('serviceId') && changed.get('serviceId') !== undefined) {
      this.scores = {};
      this.showErrors = false;
      this.phase = 'form';
      this.failure = undefined;
      this.pending = undefined;
    }
  }

  private get missing(): IkmElement[] {
    return IKM_ELEMENTS.filter((element) => this.scores[element] === undefined);
  }

  private choose(element: IkmElement, score: number): void {
    this.scores = { ...this.scores, [element]: score };
  }

  private field(id: string): string {
    return (
      this.renderRoot.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`)?.value ?? ''
    );
  }

  private body(): IkmResponseCreate {
    const respondent: IkmRespondent = {};
    const age = this.field('age');
    const sex = this.field('sex');
    const education = this.field('education');
    const occupation = this.field('occupation');
    if (age) respondent.ageBand = age as AgeBand;
    if (sex) respondent.sex = sex as IkmRespondent['sex'];
    if (education) respondent.education = education as IkmRespondent['education'];
    if (occupation) respondent.occupation = occupation as IkmRespondent['occupation'];
    const comment = this.field('comment').trim();
    const tracking = this.trackingNumber ? parseTrackingNumber(this.trackingNumber) : undefined;
    return {
      serviceId: this.serviceId,
      scores: this.scores as IkmScores,
      ...(Object.keys(respondent).length > 0 ? { respondent } : {}),
      ...(comment ? { comment } : {}),
      ...(tracking?.ok && tracking.value.prefix === 'LYN'
        ? { trackingNumber: this.trackingNumber?.trim().toUpperCase() }
        : {}),
    };
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.phase !== 'form') return;
    const missing = this.missing;
    if (missing.length > 0) {
      this.showErrors = true;
      this.failure = undefined;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>(`input[name="${missing[0]}"]`)?.focus();
      return;
    }
    const body = this.body();
    const serialized = JSON.stringify(body);
    if (this.pending?.body !== serialized) this.pending = { key: newKey(), body: serialized };
    this.phase = 'sending';
    this.failure = undefined;
    try {
      const api = createClientFor(ROUTES, {
        baseUrl: this.apiBase,
        language: this.language,
      });
      const receipt = await api.ikm.submit(body, { idempotencyKey: this.pending.key });
      this.pending = undefined;
      this.phase = 'sent';
      this.dispatchEvent(
        new CustomEvent('cerdas-ikm-submitted', {
          detail: { id: receipt.id, serviceId: body.serviceId },
          bubbles: true,
          composed: true,
        }),
      );
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#thanks-title')?.focus();
    } catch (error) {
      this.phase = 'form';
      this.failure =
        error instanceof CerdasHttpError && error.status < 500
          ? (error.problem.detail ?? error.problem.title)
          : navigator.onLine
            ? this.msg('sendFailed')
            : this.msg('offline');
    }
  }

  private get level(): number {
    const level = Math.trunc(this.headingLevel);
    return level >= 2 && level <= 6 ? level : 2;
  }

  protected override render(): TemplateResult {
    const title = this.serviceName ? this.msg('titleFor')(this.serviceName) : this.msg('title');
    if (this.phase === 'sent') {
      return html`<section part="thanks" class="thanks" aria-labelledby="thanks-title">
        <div role="heading" aria-level=${this.level} id="thanks-title" class="title" tabindex="-1">
          ${this.msg('thanksTitle')}
        </div>
        <p>${this.msg('thanks')}</p>
      </section>`;
    }
    const missing = this.showErrors ? this.missing : [];
    const statusText = this.failure
      ? this.failure
      : this.phase === 'sending'
        ? this.msg('sending')
        : missing.length > 0
          ? this.msg('missing')(missing.length)
          : '';
    return html`
      <form
        part="form"
        class="form"
        aria-labelledby="survey-title"
        aria-busy=${this.phase === 'sending' ? 'true' : 'false'}
        novalidate
        @submit=${this.onSubmit}
      >
        <div role="heading" aria-level=${this.level} id="survey-title" class="title">${title}</div>
        <p class="muted">${this.msg('intro')}</p>
        <ol class="questions">
          ${IKM_ELEMENTS.map((element) => this.renderQuestion(element, missing.includes(element)))}
        </ol>
        ${this.renderProfile()}
        <div class="field">
          <label for="comment">${this.msg('comment')}</label>
          <span class="hint muted" id="comment-hint">${this.msg('commentHint')}</span>
          <textarea id="comment" rows="4" maxlength="1000" aria-describedby="comment-hint"></textarea>
        </div>
        <p
          part="status"
          role="status"
          class="status ${this.failure || missing.length > 0 ? 'error' : ''}"
        >${statusText}</p>
        <button
          part="button"
          class="primary submit"
          type="submit"
          aria-disabled=${this.phase === 'sending' ? 'true' : 'false'}
        >
          ${this.msg('submit')}
        </button>
      </form>
    `;
  }

  private renderQuestion(element: IkmElement, unanswered: boolean): TemplateResult {
    const lang = this.language;
    return html`<li>
      <fieldset
        part="question"
        class="question ${unanswered ? 'invalid' : ''}"
        aria-describedby=${unanswered ? `${element}-error` : nothing}
      >
        <legend>
          <span class="element">${IKM_ELEMENT_LABELS[element][lang]}</span>
          <span class="text">${this.msg('question')(element)}</span>
        </legend>
        ${unanswered ? html`<p class="error" id="${element}-error">${this.msg('unanswered')}</p>` : nothing}
        <div class="options">
          ${SCORES.map(
            (score) => html`<label part="option" class="option">
              <input
                type="radio"
                name=${element}
                value=${score}
                .checked=${this.scores[element] === score}
                @change=${() => this.choose(element, score)}
              />
              <span>${this.msg('answer')(element, score)}</span>
            </label>`,
          )}
        </div>
      </fieldset>
    </li>`;
  }

  private renderProfile(): TemplateResult {
    const select = <T extends string>(
      id: string,
      label: string,
      values: readonly T[],
      text: (value: T) => string,
    ) => html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id}>
        <option value="">${this.msg('noAnswer')}</option>
        ${values.map((value) => html`<option value=${value}>${text(value)}</option>`)}
      </select>
    </div>`;
    return html`<fieldset part="profile" class="profile" aria-describedby="profile-hint">
      <legend>${this.msg('profile')}</legend>
      <p class="hint muted" id="profile-hint">${this.msg('profileHint')}</p>
      <div class="profile-fields">
        ${select('age', this.msg('age'), AGE_BANDS, this.msg('ageBand'))}
        ${select('sex', this.msg('sex'), SEXES, this.msg('sexLabel'))}
        ${select('education', this.msg('education'), EDUCATIONS, this.msg('educationLabel'))}
        ${select('occupation', this.msg('occupation'), OCCUPATIONS, this.msg('occupationLabel'))}
      </div>
    </fieldset>`;
  }
}
