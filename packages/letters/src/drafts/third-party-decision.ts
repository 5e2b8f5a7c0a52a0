import type { EventOf, LetterDocument, LetterParty, OutcomeCode } from '@ogi/schema';
import { dateZh } from '../dates.js';
import type { DraftingStep, HistoryStep } from '../step.js';
import { clause } from '../templates/common.js';
import { thirdPartyDecisionTemplate } from '../templates/third-party-decision.js';
import { letterDocument, officeContact, requireFields } from './common.js';
import { FIELD_MESSAGES } from './messages.js';

/** The outcomes that disclose information, and so override a third party's objection. */
const DISCLOSING = new Set<OutcomeCode>(['disclosed', 'partly-disclosed']);

interface Objection {
  readonly consultedOn: string;
  readonly objectedOn: string;
  readonly thirdParty?: LetterParty;
}

/**
 * The third parties that objected in a consultation of the history: each
 * `consultationEnded` with reply `objected`, matched to the third-party
 * `consultationStarted` it ends (by `ref`, else the latest before it).
 */
function objections(history: readonly HistoryStep[]): Objection[] {
  const found: Objection[] = [];
  history.forEach(({ event }, index) => {
    if (event.type !== 'consultationEnded' || event.reply !== 'objected') return;
    if (event.party === 'agency') return;
    const start = history
      .slice(0, index)
      .findLast(
        (step) =>
          step.event.type === 'consultationStarted' &&
          step.event.party === 'third-party' &&
          (event.ref === undefined || step.event.ref === event.ref),
      );
    if (!start) return;
    found.push({
      consultedOn: start.event.on,
      objectedOn: event.on,
      ...(start.letter?.thirdParty ? { thirdParty: start.letter.thirdParty } : {}),
    });
  });
  return found;
}

/**
 * On a `decided` step that discloses (in whole or in part) over a third
 * party's objection, the notice to each objecting third party of the
 * decision and its reasons (Art. 32). Needs `letter.reasons`; the third
 * party is the one the consultation named, else `letter.thirdParty`.
 */
export function draftThirdPartyDecisions(step: DraftingStep<EventOf<'decided'>>): LetterDocument[] {
  if (!DISCLOSING.has(step.event.outcome)) return [];
  const { letter, submission } = step;
  const withheld = letter.withheld?.trim();
  const information =
    step.event.outcome === 'partly-disclosed' && withheld
      ? `${clause(submission.information.description)}（其中${clause(withheld)}不予公开）`
      : submission.information.description;
  return objections(step.history).map((objection) => {
    const { reasons, thirdParty } = requireFields<{ reasons: string; thirdParty: LetterParty }>({
      reasons: {
        value: letter.reasons,
        path: ['letter', 'reasons'],
        message: FIELD_MESSAGES.reasons,
      },
      thirdParty: {
        value: objection.thirdParty ?? letter.thirdParty,
        path: ['letter', 'thirdParty'],
        message: FIELD_MESSAGES.objectingThirdParty,
      },
    });
    const text = thirdPartyDecisionTemplate({
      consultedOn: dateZh(objection.consultedOn),
      objectedOn: dateZh(objection.objectedOn),
      information,
      decision: step.event.outcome === 'disclosed' ? '予以公开' : '部分公开',
      reasons,
      reconsiderationBody: step.letters.reconsiderationBody,
      court: step.letters.court,
      contact: officeContact(step),
    });
    return letterDocument(step, 'third-party-decision', text, {
      to: thirdParty.name.trim(),
      addressee: 'third-party',
      outcome: step.event.outcome,
    });
  });
}
