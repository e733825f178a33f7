import type { SeriesPlan } from '../../model';
import { send } from '../../messaging/channel';
import { displayTitle } from '../../model/text';
import type { NextStep, PlanState } from '../../series/queue';
import { t } from '../../features/i18n';

/** What a plan does next, in words: the volume it offers, or what it waits for. */
function stepText(plan: SeriesPlan, step: NextStep): string {
  const name = (i: number) => displayTitle(plan.volumes[i]!);
  switch (step.kind) {
    case 'reserve': return t('seriesStepReserve', name(step.index));
    case 'wait_previous': return t(step.on === 'ready' ? 'seriesStepWaitReady' : 'seriesStepWaitBorrowed', name(step.previous));
    case 'wait_slot': return t('seriesStepWaitSlot', name(step.index));
    case 'finish_reserving': return t('seriesStepFinish', name(step.index));
    case 'paused': return t('seriesStepPaused', name(step.index));
    case 'done': return t('seriesStepDone');
  }
}

const act = (id: string, action: Extract<Parameters<typeof send<'seriesAction'>>[0], { type: 'seriesAction' }>['action']) =>
  void send({ type: 'seriesAction', id, action }).catch((error: unknown) => console.warn('[Uketori]', error));

/** A library's series plans: each volume's status, the next step, and pause / reorder / cancel. */
export function SeriesSection({ states }: { states: readonly PlanState[] }) {
  if (states.length === 0) return null;
  return (
    <section class="group series" data-section="series">
      <h4>{t('sectionSeries')} <span class="count">{states.length}</span></h4>
      {states.map(({ plan, step }) => (
        <div class="plan" key={plan.id} data-plan={plan.id} data-step={step.kind}>
          <div class="plan-head">
            <span class="title">{plan.work}</span>
            <button type="button" data-action={plan.paused ? 'resume' : 'pause'} onClick={() => act(plan.id, { op: plan.paused ? 'resume' : 'pause' })}>
              {t(plan.paused ? 'seriesResume' : 'seriesPause')}
            </button>
            <button type="button" data-action="cancel" onClick={() => act(plan.id, { op: 'cancel' })}>{t('seriesCancel')}</button>
          </div>
          <p class="next">{stepText(plan, step)}</p>
          <ol>
            {plan.volumes.map((v, i) => (
              <li key={`${v.bibId ?? v.title}`} data-status={v.status}>
                <span class="volume">{displayTitle(v)}</span> <span class="status">{t(`seriesStatus_${v.status}`)}</span>
                {i > 0 && <button type="button" class="move" data-action="up" aria-label={t('seriesMoveUp', v.title)} onClick={() => act(plan.id, { op: 'move', from: i, to: i - 1 })}>↑</button>}
                {i < plan.volumes.length - 1 && <button type="button" class="move" data-action="down" aria-label={t('seriesMoveDown', v.title)} onClick={() => act(plan.id, { op: 'move', from: i, to: i + 1 })}>↓</button>}
              </li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}
