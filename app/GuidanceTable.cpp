#include "Guidance.h"

#include <array>

using namespace Qt::StringLiterals;

// What each HTTP problem means for a support agent on the phone with a customer, keyed on (status, type): the data
// behind Guidance::forOutcome() and the ticket summary's Outcome line. Headlines never carry an HTTP status;
// explanations mention it only where the type is not known (PostPress's own words, a null explanation). Types are
// opaque labels: compared, never parsed or fetched.

namespace {

using Facts = Guidance::ProblemFacts;
using Action = Guidance::Action;
using Tone = Guidance::Tone;
using Focus = Facts::Focus;
using Then = Facts::Then;

// The advice shared by rows.
const char *const refusedTheRequest = QT_TRANSLATE_NOOP("Guidance", "PostPress refused the request");
const char *const temporarilyUnavailable = QT_TRANSLATE_NOOP("Guidance", "PostPress is temporarily unavailable");

const std::array problemRows{
    // --- 400: the request as sent -------------------------------------------------------------------------------
    Facts{.status = 400,
          .type = "errors/invalid_parameters"_L1,
          .tone = Tone::TryAgain,
          .focus = Focus::FaultyInput,
          .headline = QT_TRANSLATE_NOOP("Guidance", "PostPress found a value it cannot accept"),
          .explanation = QT_TRANSLATE_NOOP("Guidance", "PostPress says a value in the request is not valid."),
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Request refused as invalid")},
    Facts{.status = 400,
          .type = "errors/missing_parameters"_L1,
          .tone = Tone::TryAgain,
          .focus = Focus::FaultyInput,
          .headline = QT_TRANSLATE_NOOP("Guidance", "A value was missing"),
          .explanation = QT_TRANSLATE_NOOP("Guidance", "PostPress says a required value was missing from the request."),
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Request refused as invalid")},
    Facts{.status = 400,
          .type = "errors/invalid_request"_L1,
          .tone = Tone::TryAgain,
          .focus = Focus::FaultyInput,
          .headline = QT_TRANSLATE_NOOP("Guidance", "The values do not fit together"),
          //: %1 is the provider, e.g. LinkedIn
          .explanation = QT_TRANSLATE_NOOP("Guidance",
                                           "PostPress says the values do not fit together; check that %1 is "
                                           "the right provider for this account."),
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Request refused as invalid")},
    Facts{.status = 400,
          .type = "errors/malformed_request"_L1,
          .tone = Tone::TryAgain,
          .focus = Focus::FaultyInput,
          //: %1 is the provider, e.g. LinkedIn
          .headline = QT_TRANSLATE_NOOP("Guidance", "%1 refused the request"),
          //: %1 is the provider, e.g. LinkedIn
          .explanation = QT_TRANSLATE_NOOP("Guidance",
                                           "%1 refused the request as sent, often because the code is not "
                                           "in the form it expects."),
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Request refused as invalid")},
    Facts{.status = 400,
          .type = "errors/content_too_large"_L1,
          .tone = Tone::TryAgain,
          .actions = {Action::RetypeCode},
          .focus = Focus::Code,
          //: %1 is the provider, e.g. LinkedIn
          .headline = QT_TRANSLATE_NOOP("Guidance", "Too much text for %1"),
          //: %1 is the provider, e.g. LinkedIn
          .explanation = QT_TRANSLATE_NOOP("Guidance",
                                           "%1 cannot take a request this large. Check that only the code "
                                           "was pasted, not a whole message, and type it again."),
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Request refused as invalid")},
    Facts{.status = 400,
          .type = "errors/too_many_characters"_L1,
          .tone = Tone::TryAgain,
          .actions = {Action::RetypeCode},
          .focus = Focus::Code,
          .headline = QT_TRANSLATE_NOOP("Guidance", "The code is too long"),
          .explanation = QT_TRANSLATE_NOOP("Guidance",
                                           "The code has more characters than allowed. Type only the code "
                                           "itself, without the words around it."),
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Request refused as invalid")},
    Facts{.status = 400,
          .type = "errors/unescaped_characters"_L1,
          .tone = Tone::Escalate,
          .headline = QT_TRANSLATE_NOOP("Guidance", "The API address has characters PostPress cannot accept"),
          .explanation = QT_TRANSLATE_NOOP("Guidance",
                                           "PostPress found characters it cannot accept in the address of "
                                           "the request. Check the API address this window was opened "
                                           "with; if it looks right, copy the details for PostPress "
                                           "support."),
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Request refused as invalid")},
    Facts{.status = 400,
          .type = "errors/limit_too_high"_L1,
          .tone = Tone::Escalate,
          .headline = QT_TRANSLATE_NOOP("Guidance", "PostPress refused a limit this app never sets"),
          .explanation = QT_TRANSLATE_NOOP("Guidance",
                                           "This error is about list sizes, which a checkpoint request does "
                                           "not use, so it points to a problem at PostPress. Copy the "
                                           "details for PostPress support."),
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Request refused as invalid")},
    Facts{.status = 400,
          .tone = Tone::TryAgain,
          .focus = Focus::FaultyInput,
          .headline = refusedTheRequest,
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Request refused as invalid")},

    // --- 401: the code, the checkpoint or the API key ----------------------------------------------------------
    Facts{.status = 401,
          .type = "errors/invalid_checkpoint_solution"_L1,
          .tone = Tone::TryAgain,
          .actions = {Action::RetypeCode, Action::ResendCode},
          .focus = Focus::Code,
          .headline = QT_TRANSLATE_NOOP("Guidance", "The code was not accepted"),
          //: %1 is the provider, e.g. LinkedIn
          .explanation = QT_TRANSLATE_NOOP("Guidance",
                                           "%1 rejected the code: it may be mistyped, or it has expired, "
                                           "since most codes expire within minutes."),
          .then = Then::Advice,
          .advice = QT_TRANSLATE_NOOP("Guidance",
                                      "Ask the customer for the newest code, or send a new one with Resend "
                                      "code, then type it in."),
          .adviceWithoutResend =
              QT_TRANSLATE_NOOP("Guidance", "Ask the customer for the newest code, then type it in."),
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Code rejected")},
    Facts{.status = 401,
          .type = "errors/checkpoint_error"_L1,
          .tone = Tone::TryAgain,
          .actions = {Action::StartOver},
          .headline = QT_TRANSLATE_NOOP("Guidance", "This checkpoint cannot be solved here"),
          //: %1 is the provider, e.g. LinkedIn
          .explanation = QT_TRANSLATE_NOOP("Guidance",
                                           "%1 says this checkpoint cannot be solved with a code. Start the "
                                           "connection again from the beginning in PostPress; if this "
                                           "happens again, copy the details for PostPress support."),
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Checkpoint cannot be solved with a code")},
    Facts{.status = 401,
          .type = "errors/missing_credentials"_L1,
          .tone = Tone::TryAgain,
          .actions = {Action::ReplaceApiKey},
          .headline = QT_TRANSLATE_NOOP("Guidance", "No API key was sent"),
          .explanation = QT_TRANSLATE_NOOP("Guidance",
                                           "PostPress received no API key, so nothing was done with the "
                                           "code. Enter the key from the PostPress dashboard, then submit "
                                           "again."),
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "API key rejected")},
    Facts{.status = 401,
          .type = "errors/expired_credentials"_L1,
          .tone = Tone::TryAgain,
          .actions = {Action::ReplaceApiKey},
          .headline = QT_TRANSLATE_NOOP("Guidance", "The API key has expired"),
          .explanation = QT_TRANSLATE_NOOP("Guidance",
                                           "PostPress refused the API key because it has expired, so "
                                           "nothing was done with the code. Get a new key from the "
                                           "PostPress dashboard, enter it, then submit again."),
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "API key rejected")},
    Facts{.status = 401,
          .tone = Tone::TryAgain,
          .actions = {Action::ReplaceApiKey},
          .headline = QT_TRANSLATE_NOOP("Guidance", "The API key was not accepted"),
          .explanation = QT_TRANSLATE_NOOP("Guidance",
                                           "PostPress refused the API key: it is wrong or no longer valid, "
                                           "so nothing was done with the code. Enter the right key from "
                                           "the PostPress dashboard, then submit again."),
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "API key rejected")},

    // --- 403: not allowed ----------------------------------------------------------------------------------------
    Facts{.status = 403,
          .type = "errors/account_restricted"_L1,
          .tone = Tone::Escalate,
          //: %1 is the provider, e.g. LinkedIn
          .headline = QT_TRANSLATE_NOOP("Guidance", "%1 has restricted this account"),
          //: %1 is the provider, e.g. LinkedIn
          .explanation = QT_TRANSLATE_NOOP("Guidance",
                                           "%1 has restricted or suspended the customer's account, so it "
                                           "cannot be connected now. Tell the customer to sign in to %1 "
                                           "directly and follow its steps to lift the restriction, then "
                                           "connect again."),
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Not allowed")},
    Facts{.status = 403,
          .type = "errors/account_mismatch"_L1,
          .tone = Tone::TryAgain,
          .focus = Focus::AccountId,
          .headline = QT_TRANSLATE_NOOP("Guidance", "The login belongs to another account"),
          //: %1 is the provider, e.g. LinkedIn
          .explanation = QT_TRANSLATE_NOOP("Guidance",
                                           "The credentials of this login do not match the account id. "
                                           "Check the account id, and ask the customer whether they "
                                           "signed in to %1 with another account."),
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Not allowed")},
    Facts{.status = 403,
          .type = "errors/insufficient_permissions"_L1,
          .tone = Tone::Escalate,
          .headline = QT_TRANSLATE_NOOP("Guidance", "The account lacks permissions"),
          //: %1 is the provider, e.g. LinkedIn
          .explanation = QT_TRANSLATE_NOOP("Guidance",
                                           "The account does not have the permissions this needs. Ask the "
                                           "customer whether their %1 account has the access it needs "
                                           "(for example an admin role), or escalate to whoever manages "
                                           "your PostPress workspace."),
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Not allowed")},
    Facts{.status = 403,
          .type = "errors/session_mismatch"_L1,
          .tone = Tone::TryAgain,
          .actions = {Action::StartOver},
          .headline = QT_TRANSLATE_NOOP("Guidance", "The login session belongs to another account"),
          .explanation = QT_TRANSLATE_NOOP("Guidance",
                                           "The session PostPress holds does not match this account, for "
                                           "example after a login was started for another account. Start "
                                           "the connection again in PostPress, then enter the new code."),
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Not allowed")},
    Facts{.status = 403,
          .type = "errors/feature_not_subscribed"_L1,
          .tone = Tone::Escalate,
          .headline = QT_TRANSLATE_NOOP("Guidance", "Not included in your PostPress plan"),
          .explanation = QT_TRANSLATE_NOOP("Guidance",
                                           "Connecting this account needs a feature that is not part of "
                                           "your PostPress subscription; the customer cannot fix this. "
                                           "Escalate to whoever owns your PostPress plan."),
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Not allowed")},
    Facts{.status = 403,
          .type = "errors/subscription_required"_L1,
          .tone = Tone::Escalate,
          .headline = QT_TRANSLATE_NOOP("Guidance", "A PostPress subscription is needed"),
          .explanation = QT_TRANSLATE_NOOP("Guidance",
                                           "Your PostPress workspace has no active subscription for this; "
                                           "the customer cannot fix this. Ask whoever owns your PostPress "
                                           "plan to renew or upgrade it."),
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Not allowed")},
    Facts{.status = 403,
          .type = "errors/unknown_authentication_context"_L1,
          .tone = Tone::TryAgain,
          .actions = {Action::StartOver},
          .focus = Focus::AccountId,
          .headline = QT_TRANSLATE_NOOP("Guidance", "No login in progress for this account"),
          .explanation = QT_TRANSLATE_NOOP("Guidance",
                                           "PostPress has no login in progress for this account id: it may "
                                           "have expired or the id may be wrong. Check the account id, or "
                                           "start the connection again in PostPress."),
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Not allowed")},
    Facts{.status = 403,
          .type = "errors/action_required"_L1,
          .tone = Tone::Escalate,
          .actions = {Action::Retry},
          .retryFallbackSeconds = 0,
          //: %1 is the provider, e.g. LinkedIn
          .headline = QT_TRANSLATE_NOOP("Guidance", "The customer must finish a step in %1"),
          //: %1 is the provider, e.g. LinkedIn
          .explanation = QT_TRANSLATE_NOOP("Guidance",
                                           "%1 needs the customer to complete a step in its own app or "
                                           "website, such as confirming their identity. Ask them to open "
                                           "%1 and finish it, then press Retry."),
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Not allowed")},
    Facts{.status = 403,
          .type = "errors/resource_access_restricted"_L1,
          .tone = Tone::Escalate,
          .headline = QT_TRANSLATE_NOOP("Guidance", "Access is restricted"),
          .explanation = QT_TRANSLATE_NOOP("Guidance",
                                           "PostPress does not let this API key use this account or "
                                           "feature. Escalate to whoever manages your PostPress workspace, "
                                           "with the details copied."),
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Not allowed")},
    Facts{.status = 403,
          .tone = Tone::Escalate,
          .headline = QT_TRANSLATE_NOOP("Guidance", "Not allowed"),
          .then = Then::Advice,
          .advice = QT_TRANSLATE_NOOP("Guidance", "Copy the details and pass them to PostPress support."),
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Not allowed")},

    // --- 404 ---------------------------------------------------------------------------------------------------
    Facts{.status = 404,
          .tone = Tone::TryAgain,
          .focus = Focus::AccountId,
          .headline = QT_TRANSLATE_NOOP("Guidance", "PostPress does not know this account"),
          .explanation = QT_TRANSLATE_NOOP("Guidance",
                                           "PostPress found no such account or address. Check the account "
                                           "id; if it is right, check the API address this window was "
                                           "opened with."),
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Not found")},

    // --- 407 and 502: a proxy ----------------------------------------------------------------------------------
    Facts{.status = 407,
          .type = "errors/proxy_auth_error"_L1,
          .tone = Tone::Wait,
          .actions = {Action::Retry},
          .headline = QT_TRANSLATE_NOOP("Guidance", "The account's proxy refused the login"),
          .explanation = QT_TRANSLATE_NOOP("Guidance",
                                           "The proxy set for this account in PostPress rejected the "
                                           "connection (this is not your own network). Retry shortly; if "
                                           "it keeps failing, check the proxy's user name and password in "
                                           "PostPress or change the proxy."),
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Account proxy failed")},
    // Without PostPress's type, the 407 may come from a proxy on the agent's side as well.
    Facts{.status = 407,
          .tone = Tone::Wait,
          .actions = {Action::Retry},
          .headline = QT_TRANSLATE_NOOP("Guidance", "A proxy asked for a login"),
          .then = Then::Advice,
          .advice = QT_TRANSLATE_NOOP("Guidance",
                                      "Either the account's proxy in PostPress or your own network's proxy "
                                      "wants a login; retry shortly, and if it keeps failing, ask IT."),
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "A proxy asked for a login")},
    // Only with PostPress's type: a bare 502 is as likely a gateway in front of PostPress (the 5xx row).
    Facts{.status = 502,
          .type = "errors/proxy_error"_L1,
          .tone = Tone::Wait,
          .actions = {Action::Retry},
          .headline = QT_TRANSLATE_NOOP("Guidance", "The account's proxy is not working"),
          .explanation = QT_TRANSLATE_NOOP("Guidance",
                                           "The proxy set for this account in PostPress is failing (this is "
                                           "not your own network). Retry shortly; if it keeps failing, "
                                           "change the account's proxy in PostPress."),
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Account proxy failed")},

    // --- 408 and 504: nobody knows whether the code was used ---------------------------------------------------
    Facts{.status = 408,
          .tone = Tone::Unknown,
          .actions = {Action::Retry},
          .retryFallbackSeconds = 0,
          .headline = QT_TRANSLATE_NOOP("Guidance", "Result unknown: no answer in time"),
          //: %1 is the provider, e.g. LinkedIn
          .explanation = QT_TRANSLATE_NOOP("Guidance", "%1 did not answer PostPress in time."),
          .then = Then::FindOut,
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Timed out: result unknown")},
    Facts{.status = 504,
          .tone = Tone::Unknown,
          .actions = {Action::Retry},
          .retryFallbackSeconds = 0,
          .headline = QT_TRANSLATE_NOOP("Guidance", "Result unknown: the request timed out"),
          //: %1 is the provider, e.g. LinkedIn
          .explanation = QT_TRANSLATE_NOOP("Guidance", "The request timed out on its way between PostPress and %1."),
          .then = Then::FindOut,
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Timed out: result unknown")},

    // --- 409: someone else on the account ----------------------------------------------------------------------
    Facts{.status = 409,
          .type = "errors/operation_canceled"_L1,
          .tone = Tone::Escalate,
          .headline = QT_TRANSLATE_NOOP("Guidance", "Another operation replaced this one"),
          .explanation = QT_TRANSLATE_NOOP("Guidance",
                                           "A later operation on this account cancelled this one, often a "
                                           "colleague or another window working on the same account. Find "
                                           "out who else is on it before doing anything more, so you do "
                                           "not undo each other's work."),
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Conflict")},
    Facts{.status = 409,
          .type = "errors/already_exists"_L1,
          .tone = Tone::Done,
          .headline = QT_TRANSLATE_NOOP("Guidance", "Account already connected"),
          .explanation = QT_TRANSLATE_NOOP("Guidance",
                                           "PostPress already has this account connected, so there is "
                                           "nothing left to do here. Check in PostPress that it is the "
                                           "account the customer expects."),
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Conflict")},
    Facts{.status = 409,
          .tone = Tone::Escalate,
          .headline = QT_TRANSLATE_NOOP("Guidance", "Another operation is in the way"),
          .then = Then::Advice,
          .advice = QT_TRANSLATE_NOOP("Guidance",
                                      "Check whether a colleague or another window is working on this "
                                      "account before trying again."),
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Conflict")},

    // --- 425, 429: wait, then a person retries -----------------------------------------------------------------
    Facts{.status = 425,
          .tone = Tone::Wait,
          .actions = {Action::Retry},
          .headline = QT_TRANSLATE_NOOP("Guidance", "Another login is in progress for this account"),
          .explanation = QT_TRANSLATE_NOOP("Guidance",
                                           "Another login attempt for this account is still running, "
                                           "perhaps from a colleague or another window."),
          .then = Then::WaitThenRetry,
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Too early")},
    // Rate limits wait longer, so the retry does not hit the limit again.
    Facts{.status = 429,
          .tone = Tone::Wait,
          .actions = {Action::Retry},
          .retryFallbackSeconds = Guidance::RateLimitRetryAfterSeconds,
          .headline = QT_TRANSLATE_NOOP("Guidance", "Too many attempts: wait a moment"),
          .explanation = QT_TRANSLATE_NOOP("Guidance", "PostPress is limiting how fast requests may be sent."),
          .then = Then::WaitThenRetry,
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Too many requests")},

    // --- 500 ---------------------------------------------------------------------------------------------------
    Facts{.status = 500,
          .type = "errors/unexpected_error"_L1,
          .tone = Tone::Wait,
          .actions = {Action::Retry},
          .headline = QT_TRANSLATE_NOOP("Guidance", "Something went wrong at PostPress"),
          .explanation = QT_TRANSLATE_NOOP("Guidance",
                                           "PostPress hit an unexpected error on its side; if it happens "
                                           "again, copy the details for PostPress support."),
          .then = Then::WaitThenRetry,
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Server error")},
    Facts{.status = 500,
          .type = "errors/provider_error"_L1,
          .tone = Tone::Wait,
          .actions = {Action::Retry},
          //: %1 is the provider, e.g. LinkedIn
          .headline = QT_TRANSLATE_NOOP("Guidance", "%1 is having problems"),
          //: %1 is the provider, e.g. LinkedIn
          .explanation = QT_TRANSLATE_NOOP("Guidance",
                                           "%1 itself is having operational problems, which is not the "
                                           "customer's fault; if the code expires meanwhile, ask for a new "
                                           "one."),
          .then = Then::WaitThenRetry,
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Server error")},
    Facts{.status = 500,
          .type = "errors/authentication_intent_error"_L1,
          .tone = Tone::TryAgain,
          .actions = {Action::StartOver},
          .headline = QT_TRANSLATE_NOOP("Guidance", "The login attempt has ended"),
          .explanation = QT_TRANSLATE_NOOP("Guidance",
                                           "The login attempt was stopped after a failure or expired (it "
                                           "lasts about five minutes), so no code can finish it. Start the "
                                           "connection again from the beginning in PostPress, then enter "
                                           "the new code the customer receives."),
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Server error")},

    // --- 503: PostPress's side, usually passing ----------------------------------------------------------------
    Facts{.status = 503,
          .type = "errors/no_client_session"_L1,
          .tone = Tone::Wait,
          .actions = {Action::Retry},
          .headline = QT_TRANSLATE_NOOP("Guidance", "PostPress has no session for this account right now"),
          .explanation = QT_TRANSLATE_NOOP("Guidance",
                                           "PostPress has no session running for this account at the "
                                           "moment; it usually comes back by itself."),
          .then = Then::WaitThenRetry,
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Temporarily unavailable")},
    Facts{.status = 503,
          .type = "errors/no_channel"_L1,
          .tone = Tone::Wait,
          .actions = {Action::Retry},
          .headline = QT_TRANSLATE_NOOP("Guidance", "PostPress cannot reach the account's session"),
          .explanation = QT_TRANSLATE_NOOP("Guidance",
                                           "PostPress cannot reach the session for this account at the "
                                           "moment."),
          .then = Then::WaitThenRetry,
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Temporarily unavailable")},
    Facts{.status = 503,
          .type = "errors/no_handler"_L1,
          .tone = Tone::Wait,
          .actions = {Action::Retry},
          .headline = QT_TRANSLATE_NOOP("Guidance", "PostPress cannot handle this right now"),
          .explanation = QT_TRANSLATE_NOOP("Guidance",
                                           "PostPress has nothing ready to handle this request at the "
                                           "moment."),
          .then = Then::WaitThenRetry,
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Temporarily unavailable")},
    Facts{.status = 503,
          .type = "errors/network_down"_L1,
          .tone = Tone::Wait,
          .actions = {Action::Retry},
          .headline = QT_TRANSLATE_NOOP("Guidance", "PostPress's network is down"),
          .explanation = QT_TRANSLATE_NOOP("Guidance",
                                           "The network on PostPress's side is down; this is not your "
                                           "connection or the customer's."),
          .then = Then::WaitThenRetry,
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Temporarily unavailable")},
    Facts{.status = 503,
          .type = "errors/service_unavailable"_L1,
          .tone = Tone::Wait,
          .actions = {Action::Retry},
          .headline = temporarilyUnavailable,
          .explanation = QT_TRANSLATE_NOOP("Guidance",
                                           "PostPress is temporarily unavailable; this usually passes "
                                           "quickly."),
          .then = Then::WaitThenRetry,
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Temporarily unavailable")},
    Facts{.status = 503,
          .tone = Tone::Wait,
          .actions = {Action::Retry},
          .headline = temporarilyUnavailable,
          .then = Then::WaitThenRetry,
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Temporarily unavailable")},

    // --- Statuses without a row: advice by class, with whatever PostPress said ----------------------------------
    Facts{.status = Facts::AnyClientError,
          .tone = Tone::TryAgain,
          .actions = {Action::RetypeCode},
          .focus = Focus::Code,
          .headline = refusedTheRequest,
          .then = Then::Advice,
          .advice = QT_TRANSLATE_NOOP("Guidance",
                                      "Check the account id, the provider and the code; if they look "
                                      "right, copy the details for PostPress support."),
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Request refused")},
    Facts{.status = Facts::AnyServerError,
          .tone = Tone::Wait,
          .actions = {Action::Retry},
          .headline = QT_TRANSLATE_NOOP("Guidance", "PostPress has a problem on its side"),
          .then = Then::WaitThenRetry,
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Server error")},
    Facts{.status = Facts::AnyStatus,
          .tone = Tone::Unknown,
          .headline = QT_TRANSLATE_NOOP("Guidance", "Unexpected answer from PostPress"),
          .then = Then::Advice,
          .advice = QT_TRANSLATE_NOOP("Guidance",
                                      "Check the account in PostPress before trying again, and copy the "
                                      "details for a ticket."),
          .ticketWords = QT_TRANSLATE_NOOP("TicketSummary", "Unexpected HTTP status")},
};

} // namespace

std::span<const Guidance::ProblemFacts> Guidance::problemTable()
{
    return problemRows;
}
