import { findRecord, fullTitle } from '../../core/catalogue';
import { slashDate } from '../../core/dates';
import { hiddenField, opButton } from '../../core/forms';
import { html } from '../../core/html';
import type { Route } from '../../core/library';
import type { RenewalBlock } from '../../core/rules';
import { renewedDue } from '../../core/state/renewal';
import type { Loan } from '../../core/state/types';
import { statusTabs } from './holds-pages';
import { layout } from './layout';
import { PATHS, type Ctx, type HokkaidoSession } from './session';

/** FAQ ⑧'s list of loans that cannot be renewed. */
const BLOCK_LABELS: Record<RenewalBlock, string> = {
  pickup_elsewhere: '道立図書館・議会図書室・自宅以外で受け取った本',
  overdue_any: '延滞本がある',
  overdue_item: '延滞している',
  reserved: '予約が入っている',
  renewed: 'すでに1度延長している',
  other_library: '他の図書館から借り受けた本',
  too_early: '延長できる期間ではない',
};

function blocks(ctx: Ctx, loan: Loan): RenewalBlock[] {
  return ctx.state.renewalBlocks(loan) ?? [];
}

function loansPage(ctx: Ctx) {
  const loans = ctx.state.loansOf(ctx.patron!.card);
  const rows = loans.map((loan, i) => {
    const blocked = blocks(ctx, loan);
    const action = blocked.length
      ? html`延長できません（${blocked.map((b) => BLOCK_LABELS[b]).join('、')}）`
      : html`<form method="post" action="${PATHS.renew}">${hiddenField('id', loan.id)}<input type="submit" value="貸出延長"></form>`;
    return html`<tr><td>${i + 1}</td><td>${fullTitle(findRecord(loan.recordId)!)}</td><td>${slashDate(loan.lentOn)}</td><td${
      loan.due < ctx.today ? html` class="overdue"` : ''
    }>${slashDate(loan.due)}</td><td>${loan.pickup}</td><td>${loan.renewals}</td><td>${action}</td></tr>
`;
  });
  const content = html`${statusTabs('loans')}<h2>貸出状況照会</h2>
<p>現在の貸出状況は以下のとおりです。延長は1度のみ行うことができます。</p>
<table class="lend"><tr><th>番号</th><th>タイトル</th><th>貸出日</th><th>返却期日</th><th>受取場所</th><th>延長回数</th><th>貸出延長</th></tr>
${rows}</table>`;
  return ctx.page(layout(ctx, '貸出状況照会', content));
}

function renewTarget(ctx: Ctx): Loan | undefined {
  return ctx.state.loansOf(ctx.patron!.card).find((l) => l.id === ctx.form.get('id'));
}

function refusal(ctx: Ctx, loan: Loan | undefined) {
  const reasons = loan ? blocks(ctx, loan).map((b) => BLOCK_LABELS[b]) : [];
  return ctx.page(
    layout(ctx, '貸出延長', html`<p class="error">この資料は貸出延長できません。${reasons.length ? `（${reasons.join('、')}）` : ''}</p><p><a href="${PATHS.loans}">貸出状況照会へ戻る</a></p>`),
  );
}

function renewPage(ctx: Ctx) {
  const loan = renewTarget(ctx);
  const rule = ctx.library.rules.renewal!;
  if (!loan || blocks(ctx, loan).length) return refusal(ctx, loan);
  const newDue = renewedDue(rule, loan, ctx.today, findRecord(loan.recordId)!.shortLoan);
  const content = html`<h2>貸出延長</h2>
<table class="renew"><tr><th>タイトル</th><td>${fullTitle(findRecord(loan.recordId)!)}</td></tr>
<tr><th>現在の返却期日</th><td>${slashDate(loan.due)}</td></tr><tr><th>延長後の返却期日</th><td>${slashDate(newDue)}</td></tr></table>
<p>よろしければ『確認』ボタンを押してください。</p>
<form method="post" action="${PATHS.renewConfirm}">${hiddenField('id', loan.id)}${opButton('confirm', '確認')} ${opButton('back', '戻る')}</form>`;
  return ctx.page(layout(ctx, '貸出延長', content));
}

function renewAction(ctx: Ctx) {
  if (ctx.form.get('op') !== 'confirm') return ctx.redirect(PATHS.loans);
  const loan = renewTarget(ctx);
  const due = loan ? ctx.state.renew(ctx.patron!.card, loan.id) : null;
  if (!due) return refusal(ctx, loan);
  return ctx.page(
    layout(ctx, '貸出延長', html`<p>貸出延長しました。新しい返却期日は ${slashDate(due)} です。</p><p><a href="${PATHS.loans}">貸出状況照会へ戻る</a></p>`),
  );
}

export const loansRoutes: Route<HokkaidoSession>[] = [
  { method: 'GET', path: PATHS.loans, auth: true, handle: loansPage },
  { method: 'POST', path: PATHS.renew, auth: true, handle: renewPage },
  { method: 'POST', path: PATHS.renewConfirm, auth: true, handle: renewAction },
];
