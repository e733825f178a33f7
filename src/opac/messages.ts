/** Where OPACs print a message about the request just made (a cart request, a renewal, a 取消). */
export const MESSAGE_SELECTOR = '.error, .err, .notice, .message, .messages, .msg, .report, .alert, [role=alert], #message, #messages, #errmsg, #lblErrMsg, .feedbackPanelERROR, p.caution, font[color]';
