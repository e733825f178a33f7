import type { SafeHtml } from './html';
import type { RequestContext, Route } from './library';

export interface LoginPageSpec<S> {
  path: string;
  /** Form field names of the card number and password. */
  cardField: string;
  passwordField: string;
  /** Where to go after login when no page asked for it. */
  home: string;
  logoutPath: string;
  /** Where logging out lands. */
  afterLogout: string;
  render(ctx: RequestContext<S>, error: string | null): SafeHtml;
  failureMessage: string;
}

/** The login and logout routes every library needs; only the page and field names differ. */
export function loginRoutes<S>(spec: LoginPageSpec<S>): Route<S>[] {
  return [
    { method: 'GET', path: spec.path, handle: (ctx) => ctx.page(spec.render(ctx, null)) },
    {
      method: 'POST',
      path: spec.path,
      handle(ctx) {
        const card = ctx.form.get(spec.cardField)?.trim() ?? '';
        const password = ctx.form.get(spec.passwordField) ?? '';
        if (!ctx.logIn(card, password)) return ctx.page(spec.render(ctx, spec.failureMessage), 200);
        return ctx.redirect(ctx.takeReturnTo(spec.home));
      },
    },
    {
      method: 'GET',
      path: spec.logoutPath,
      handle(ctx) {
        ctx.logOut();
        return ctx.redirect(spec.afterLogout);
      },
    },
  ];
}
