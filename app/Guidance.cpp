#include "Guidance.h"

#include "SafeText.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

// The table that turns every outcome into advice for a support agent on the phone with a customer. Rows are keyed
// on (status, type) for problems, on the checkpoint type for next steps, and on the transport failure otherwise.
// Headlines never carry an HTTP status; explanations mention it only where the type is not known.

namespace {

using Action = Guidance::Action;
using Tone = Guidance::Tone;
using Field = CheckpointRequest::Field;

// The problem types the table knows. Types are opaque labels: compared, never parsed or fetched.
enum class Type {
    Other,
    InvalidParameters,
    MissingParameters,
    InvalidRequest,
    MalformedRequest,
    ContentTooLarge,
    TooManyCharacters,
    UnescapedCharacters,
    LimitTooHigh,
    InvalidCheckpointSolution,
    CheckpointError,
    MissingCredentials,
    ExpiredCredentials,
    AccountRestricted,
    AccountMismatch,
    InsufficientPermissions,
    SessionMismatch,
    FeatureNotSubscribed,
    SubscriptionRequired,
    UnknownAuthenticationContext,
    ActionRequired,
    ResourceAccessRestricted,
    ProxyAuthError,
    ProxyError,
    OperationCanceled,
    AlreadyExists,
    UnexpectedError,
    ProviderError,
    AuthenticationIntentError,
    NoClientSession,
    NoChannel,
    NoHandler,
    NetworkDown,
    ServiceUnavailable,
};

struct NamedType {
    QLatin1StringView name;
    Type type;
};

constexpr std::array knownTypes{
    NamedType{"errors/invalid_parameters"_L1, Type::InvalidParameters},
    NamedType{"errors/missing_parameters"_L1, Type::MissingParameters},
    NamedType{"errors/invalid_request"_L1, Type::InvalidRequest},
    NamedType{"errors/malformed_request"_L1, Type::MalformedRequest},
    NamedType{"errors/content_too_large"_L1, Type::ContentTooLarge},
    NamedType{"errors/too_many_characters"_L1, Type::TooManyCharacters},
    NamedType{"errors/unescaped_characters"_L1, Type::UnescapedCharacters},
    NamedType{"errors/limit_too_high"_L1, Type::LimitTooHigh},
    NamedType{"errors/invalid_checkpoint_solution"_L1, Type::InvalidCheckpointSolution},
    NamedType{"errors/checkpoint_error"_L1, Type::CheckpointError},
    NamedType{"errors/missing_credentials"_L1, Type::MissingCredentials},
    NamedType{"errors/expired_credentials"_L1, Type::ExpiredCredentials},
    NamedType{"errors/account_restricted"_L1, Type::AccountRestricted},
    NamedType{"errors/account_mismatch"_L1, Type::AccountMismatch},
    NamedType{"errors/insufficient_permissions"_L1, Type::InsufficientPermissions},
    NamedType{"errors/session_mismatch"_L1, Type::SessionMismatch},
    NamedType{"errors/feature_not_subscribed"_L1, Type::FeatureNotSubscribed},
    NamedType{"errors/subscription_required"_L1, Type::SubscriptionRequired},
    NamedType{"errors/unknown_authentication_context"_L1, Type::UnknownAuthenticationContext},
    NamedType{"errors/action_required"_L1, Type::ActionRequired},
    NamedType{"errors/resource_access_restricted"_L1, Type::ResourceAccessRestricted},
    NamedType{"errors/proxy_auth_error"_L1, Type::ProxyAuthError},
    NamedType{"errors/proxy_error"_L1, Type::ProxyError},
    NamedType{"errors/operation_canceled"_L1, Type::OperationCanceled},
    NamedType{"errors/already_exists"_L1, Type::AlreadyExists},
    NamedType{"errors/unexpected_error"_L1, Type::UnexpectedError},
    NamedType{"errors/provider_error"_L1, Type::ProviderError},
    NamedType{"errors/authentication_intent_error"_L1, Type::AuthenticationIntentError},
    NamedType{"errors/no_client_session"_L1, Type::NoClientSession},
    NamedType{"errors/no_channel"_L1, Type::NoChannel},
    NamedType{"errors/no_handler"_L1, Type::NoHandler},
    NamedType{"errors/network_down"_L1, Type::NetworkDown},
    NamedType{"errors/service_unavailable"_L1, Type::ServiceUnavailable},
};

Type typeOf(const Outcome &outcome)
{
    const QString &type = outcome.problem().type;
    const auto *found = std::find_if(knownTypes.begin(), knownTypes.end(),
                                     [&type](const NamedType &known) { return known.name == type; });
    return found == knownTypes.end() ? Type::Other : found->type;
}

// --- Building blocks -------------------------------------------------------------------------------------------

// Every outcome can be copied for a ticket, always as the last action.
Guidance make(Tone tone, const QString &headline, const QString &explanation, QList<Action> actions = {})
{
    Guidance guidance;
    guidance.tone = tone;
    guidance.headline = headline;
    guidance.explanation = explanation;
    guidance.actions = std::move(actions);
    guidance.actions.append(Action::CopyForTicket);
    return guidance;
}

// The code is what to fix next: cursor in the code field, the old code selected so typing replaces it.
Guidance focusCode(Guidance guidance)
{
    guidance.focusField = Field::Code;
    guidance.selectCode = true;
    return guidance;
}

Guidance focusAccountId(Guidance guidance)
{
    guidance.focusField = Field::AccountId;
    return guidance;
}

Guidance retryAfter(Guidance guidance, int seconds)
{
    guidance.retryAfterSeconds = seconds;
    return guidance;
}

QString sentences(const QString &first, const QString &second)
{
    return first + u' ' + second;
}

// The API's Retry-After when it sent a usable one, else the fallback.
int waitSeconds(const Outcome &outcome, int fallback)
{
    const std::optional<int> sent = outcome.retryAfterSeconds();
    if (!sent || *sent < 0)
        return fallback;
    return std::min(*sent, Guidance::MaxRetryAfterSeconds);
}

// RetypeCode, then ResendCode where the provider has the resend endpoint, then the rest.
QList<Action> newCodeActions(Provider provider, const QList<Action> &rest = {})
{
    QList<Action> actions{Action::RetypeCode};
    if (providerSupportsResend(provider))
        actions.append(Action::ResendCode);
    return actions + rest;
}

QString providerName(const CheckpointRequest &request)
{
    return providerDisplayName(request.provider);
}

// What PostPress said, for rows that cannot rely on a known type: the status and whatever was readable.
QString whatPostPressSaid(const Outcome &outcome)
{
    const ProblemDetails &problem = outcome.problem();
    QString said = !problem.detail.isEmpty() ? problem.detail
        : !problem.title.isEmpty()           ? problem.title
                                             : outcome.bodyExcerpt();
    said = SafeText::elided(said.trimmed(), Outcome::MaxExcerptLength); // a quote, not the whole page
    if (said.endsWith(u'.'))
        said.chop(1);
    const QString status = QString::number(outcome.httpStatus());
    if (said.isEmpty()) {
        //: %1 is an HTTP status number, e.g. 418
        return Guidance::tr("PostPress answered with status %1 and no readable message.").arg(status);
    }
    //: %1 is an HTTP status number, %2 the message PostPress sent, quoted as is
    return Guidance::tr("PostPress answered with status %1: “%2”.").arg(status, said);
}

QString waitThenRetry(int seconds)
{
    if (seconds <= 0)
        return Guidance::tr("You can retry now.");
    //: The Retry button counts these seconds down before it can be pressed.
    return Guidance::tr("Wait %n second(s), then press Retry.", nullptr, seconds);
}

// For outcomes where the code may have been used: how a person finds out, without anything resent by itself.
Guidance resultUnknown(const QString &headline, const QString &reason, int retrySeconds = 0)
{
    const QString findOut = Guidance::tr("The code may or may not have been used: press Retry once to find out, and "
                                         "if it is then rejected, ask the customer for a new code.");
    return retryAfter(make(Tone::Unknown, headline, sentences(reason, findOut), {Action::Retry}), retrySeconds);
}

// --- Success and next steps ------------------------------------------------------------------------------------

Guidance connected(const Outcome &outcome)
{
    if (outcome.object() == "AccountReconnected"_L1) {
        return make(Tone::Done, Guidance::tr("Account reconnected"),
                    //: %1 is the account id
                    Guidance::tr("Account %1 is connected again: the customer can use it now. Nothing else to do.")
                        .arg(outcome.accountId()));
    }
    return make(Tone::Done, Guidance::tr("Account connected"),
                //: %1 is the account id
                Guidance::tr("Account %1 is connected: the customer can use it now. Nothing else to do.")
                    .arg(outcome.accountId()));
}

Guidance askForCode(const QString &headline, const QString &explanation, QList<Action> actions)
{
    actions.append(Action::TryAnotherWay);
    return focusCode(make(Tone::Next, headline, explanation, actions));
}

Guidance twoFactor(const QString &source, const CheckpointRequest &request)
{
    const QString provider = providerName(request);
    const QList<Action> sent = newCodeActions(request.provider);
    if (source == "SMS"_L1) {
        return askForCode(Guidance::tr("Ask for the code from the text message"),
                          //: %1 is the provider, e.g. LinkedIn
                          Guidance::tr("%1 sent a verification code to the customer's phone by text message. Ask "
                                       "the customer to read it out, then type it in.")
                              .arg(provider),
                          sent);
    }
    if (source == "WHATSAPP"_L1) {
        return askForCode(Guidance::tr("Ask for the code sent by WhatsApp"),
                          //: %1 is the provider, e.g. LinkedIn
                          Guidance::tr("%1 sent a verification code to the customer's WhatsApp. Ask the customer "
                                       "to read it out, then type it in.")
                              .arg(provider),
                          sent);
    }
    if (source == "APP"_L1) {
        // An authenticator app makes its own codes: there is nothing to resend.
        return askForCode(Guidance::tr("Ask for the code from the authenticator app"),
                          //: %1 is the provider, e.g. LinkedIn
                          Guidance::tr("%1 wants the current code from the customer's authenticator app (for "
                                       "example Google Authenticator). Ask the customer to open it and read out "
                                       "the code shown for %1.")
                              .arg(provider),
                          {Action::RetypeCode});
    }
    if (!source.isEmpty()) {
        return askForCode(Guidance::tr("Ask for the verification code"),
                          //: %1 is the provider, e.g. LinkedIn; %2 where the code was sent, as the API names it
                          Guidance::tr("%1 asks for a two-step verification code (sent by: %2). Ask the customer "
                                       "to read it out, then type it in.")
                              .arg(provider, source),
                          sent);
    }
    return askForCode(Guidance::tr("Ask for the verification code"),
                      //: %1 is the provider, e.g. LinkedIn
                      Guidance::tr("%1 asks for a two-step verification code. Ask the customer where it arrived "
                                   "(text message, authenticator app or WhatsApp) and to read it out.")
                          .arg(provider),
                      sent);
}

Guidance inAppValidation(const CheckpointRequest &request)
{
    // No Retry: the approval completes the login on the provider's side, and resending the last code (often
    // TRY_ANOTHER_WAY) would switch away from it.
    QList<Action> actions{Action::TryAnotherWay};
    if (providerSupportsResend(request.provider))
        actions.append(Action::ResendCode);
    return make(Tone::Next,
                //: %1 is the provider, e.g. LinkedIn
                Guidance::tr("Ask the customer to approve the sign-in in the %1 app").arg(providerName(request)),
                //: %1 is the provider, e.g. LinkedIn
                Guidance::tr("The customer must open the %1 app on their phone and approve this sign-in; the login "
                             "then finishes by itself, so check in PostPress that the account shows as connected. "
                             "If they cannot approve it, use Try another way to get a code instead.")
                    .arg(providerName(request)),
                actions);
}

// Steps that no code from this window can solve: the customer finishes the login elsewhere.
Guidance notSolvableByCode(const QString &type, const CheckpointRequest &request)
{
    const QString provider = providerName(request);
    if (type == "CAPTCHA"_L1) {
        return make(Tone::Escalate,
                    //: %1 is the provider, e.g. LinkedIn
                    Guidance::tr("%1 wants a CAPTCHA solved").arg(provider),
                    //: %1 is the provider, e.g. LinkedIn
                    Guidance::tr("A CAPTCHA cannot be solved with a code from this window. Ask the customer to "
                                 "finish the login themselves in PostPress, or use Try another way to ask %1 for a "
                                 "code instead.")
                        .arg(provider),
                    {Action::TryAnotherWay});
    }
    if (type == "QRCODE"_L1) {
        return make(Tone::Escalate,
                    //: %1 is the provider, e.g. LinkedIn
                    Guidance::tr("%1 wants a QR code scanned").arg(provider),
                    //: %1 is the provider, e.g. LinkedIn
                    Guidance::tr("A QR code cannot be solved with a code from this window. The customer must "
                                 "finish the login themselves in PostPress and scan the QR code there with the %1 "
                                 "app on their phone.")
                        .arg(provider),
                    {Action::TryAnotherWay});
    }
    return make(Tone::Escalate,
                //: %1 is the provider, e.g. LinkedIn. A contract is a paid plan of the customer's account.
                Guidance::tr("%1 asks which contract to use").arg(provider),
                //: %1 is the provider, e.g. LinkedIn. A contract is a paid plan of the customer's account.
                Guidance::tr("The customer's %1 account has several contracts and one must be chosen, which cannot "
                             "be done from this window. Ask the customer to finish the login themselves in "
                             "PostPress and choose the contract there.")
                    .arg(provider));
}

Guidance unknownStep(const QString &type, const CheckpointRequest &request)
{
    const QString provider = providerName(request);
    //: %1 is the provider, e.g. LinkedIn
    const QString headline = Guidance::tr("%1 asks for another step").arg(provider);
    const QString advice = Guidance::tr("If the customer received a code, type it in; otherwise ask them to finish "
                                        "the login themselves in PostPress.");
    if (type.isEmpty()) {
        //: %1 is the provider, e.g. LinkedIn
        const QString what = Guidance::tr("%1 asks for another step but did not say which.").arg(provider);
        return askForCode(headline, sentences(what, advice), {Action::RetypeCode});
    }
    //: %1 is the provider, e.g. LinkedIn; %2 the name of the step as the API sends it
    const QString what = Guidance::tr("%1 asks for a step this app does not know yet: %2.").arg(provider, type);
    return askForCode(headline, sentences(what, advice), {Action::RetypeCode});
}

Guidance nextCheckpoint(const Outcome &outcome, const CheckpointRequest &request)
{
    const QString type = outcome.checkpointType();
    if (type == "2FA"_L1)
        return twoFactor(outcome.checkpointSource(), request);
    if (type == "OTP"_L1) {
        return askForCode(Guidance::tr("Ask for the one-time code"),
                          //: %1 is the provider, e.g. LinkedIn
                          Guidance::tr("%1 sent a one-time code to the customer by e-mail or text message. Ask the "
                                       "customer to check both and read out the newest code.")
                              .arg(providerName(request)),
                          newCodeActions(request.provider));
    }
    if (type == "PHONE_REGISTER"_L1) {
        Guidance guidance = make(Tone::Next, Guidance::tr("Ask for the customer's mobile number"),
                                 //: %1 is the provider, e.g. LinkedIn
                                 Guidance::tr("%1 wants a mobile number for this account. Switch to phone number "
                                              "mode, pick the country and type the number as the customer says it.")
                                     .arg(providerName(request)),
                                 {Action::EnterPhone, Action::TryAnotherWay});
        guidance.focusField = Field::Code;
        return guidance;
    }
    if (type == "IN_APP_VALIDATION"_L1)
        return inAppValidation(request);
    if (type == "CAPTCHA"_L1 || type == "QRCODE"_L1 || type == "CONTRACT_CHOOSER"_L1)
        return notSolvableByCode(type, request);
    return unknownStep(type, request);
}

Guidance codeResent(const CheckpointRequest &request)
{
    return focusCode(make(Tone::Next, Guidance::tr("A new code is on its way"),
                          //: %1 is the provider, e.g. LinkedIn
                          Guidance::tr("%1 is sending the code or the app notification to the customer again; it "
                                       "can take a minute. Use only the newest code: resending does not give the "
                                       "login more time.")
                              .arg(providerName(request)),
                          {Action::RetypeCode}));
}

// The answer is about an account other than the one sent: nothing in it is news for this customer.
Guidance anotherAccount(const Outcome &outcome, const CheckpointRequest &request)
{
    //: %1 is the account id that was sent, %2 the one PostPress answered about
    const QString explanation = Guidance::tr("You sent account %1, but PostPress answered about account %2. Check "
                                             "account %1 in PostPress before telling the customer anything, and copy "
                                             "the details for a ticket.")
                                    .arg(request.accountId, outcome.accountId());
    return make(Tone::Unknown, Guidance::tr("PostPress answered about another account"), explanation);
}

Guidance unexpectedAnswer(const Outcome &outcome, const CheckpointRequest &request)
{
    if (outcome.answersAnotherAccount())
        return anotherAccount(outcome, request);
    const QString headline = Guidance::tr("Unexpected answer from PostPress");
    const QString advice = Guidance::tr("Check the account in PostPress before doing anything else, and copy the "
                                        "details for a ticket.");
    const QString object = outcome.object();
    if (object == "AccountCreated"_L1 || object == "AccountReconnected"_L1) {
        //: %1 is the name of the answer, e.g. AccountCreated
        const QString what = Guidance::tr("PostPress answered “%1” but without an account id, so the account is "
                                          "not confirmed as connected.")
                                 .arg(object);
        return make(Tone::Unknown, headline, sentences(what, advice));
    }
    if (object == "CheckpointResend"_L1) {
        return make(Tone::Unknown, headline,
                    Guidance::tr("PostPress did not confirm that the code was sent again. Ask the customer whether "
                                 "a new code arrived, and copy the details for a ticket."));
    }
    if (!object.isEmpty()) {
        //: %1 is the name of the answer as PostPress sent it
        const QString what = Guidance::tr("PostPress answered “%1”, which this app does not know, so the account is "
                                          "not confirmed as connected.")
                                 .arg(object);
        return make(Tone::Unknown, headline, sentences(what, advice));
    }
    return make(Tone::Unknown, headline, sentences(whatPostPressSaid(outcome), advice));
}

// --- Problems, by status and type ------------------------------------------------------------------------------

enum class Fault { AccountId, PhoneWithoutPrefix, Code };

Fault faultyInput(const CheckpointRequest &request)
{
    if (const auto invalid = request.validate(); invalid && invalid->field == Field::AccountId)
        return Fault::AccountId;
    if (Guidance::looksLikeBarePhoneNumber(request.code))
        return Fault::PhoneWithoutPrefix;
    return Fault::Code;
}

// A 400 the agent can fix: what PostPress said, then which field to correct, with the cursor put there.
Guidance fixTheInput(const QString &headline, const QString &cause, const CheckpointRequest &request)
{
    switch (faultyInput(request)) {
    case Fault::AccountId:
        return focusAccountId(
            make(Tone::TryAgain, headline,
                 sentences(cause, Guidance::tr("The account id looks wrong: copy it again from PostPress."))));
    case Fault::PhoneWithoutPrefix: {
        Guidance guidance = make(Tone::TryAgain, headline,
                                 sentences(cause,
                                           Guidance::tr("The code looks like a phone number without its "
                                                        "country prefix: if it is one, switch to phone "
                                                        "number mode so it is sent as (+CC)number.")),
                                 {Action::EnterPhone});
        guidance.focusField = Field::Code;
        return guidance;
    }
    case Fault::Code:
        return focusCode(make(Tone::TryAgain, headline,
                              sentences(cause, Guidance::tr("Check the code with the customer and type it again.")),
                              {Action::RetypeCode}));
    }
    Q_UNREACHABLE();
    return {};
}

Guidance badRequest(const Outcome &outcome, const CheckpointRequest &request)
{
    const QString provider = providerName(request);
    switch (typeOf(outcome)) {
    case Type::InvalidParameters:
        return fixTheInput(Guidance::tr("PostPress found a value it cannot accept"),
                           Guidance::tr("PostPress says a value in the request is not valid."), request);
    case Type::MissingParameters:
        return fixTheInput(Guidance::tr("A value was missing"),
                           Guidance::tr("PostPress says a required value was missing from the request."), request);
    case Type::InvalidRequest:
        return fixTheInput(Guidance::tr("The values do not fit together"),
                           //: %1 is the provider, e.g. LinkedIn
                           Guidance::tr("PostPress says the values do not fit together; check that %1 is the right "
                                        "provider for this account.")
                               .arg(provider),
                           request);
    case Type::MalformedRequest:
        //: %1 is the provider, e.g. LinkedIn
        return fixTheInput(Guidance::tr("%1 refused the request").arg(provider),
                           //: %1 is the provider, e.g. LinkedIn
                           Guidance::tr("%1 refused the request as sent, often because the code is not in the form "
                                        "it expects.")
                               .arg(provider),
                           request);
    case Type::ContentTooLarge:
        return focusCode(make(Tone::TryAgain,
                              //: %1 is the provider, e.g. LinkedIn
                              Guidance::tr("Too much text for %1").arg(provider),
                              //: %1 is the provider, e.g. LinkedIn
                              Guidance::tr("%1 cannot take a request this large. Check that only the code was "
                                           "pasted, not a whole message, and type it again.")
                                  .arg(provider),
                              {Action::RetypeCode}));
    case Type::TooManyCharacters:
        return focusCode(make(Tone::TryAgain, Guidance::tr("The code is too long"),
                              Guidance::tr("The code has more characters than allowed. Type only the code itself, "
                                           "without the words around it."),
                              {Action::RetypeCode}));
    case Type::UnescapedCharacters:
        return make(Tone::Escalate, Guidance::tr("The API address has characters PostPress cannot accept"),
                    Guidance::tr("PostPress found characters it cannot accept in the address of the request. Check "
                                 "the API address this window was opened with; if it looks right, copy the details "
                                 "for PostPress support."));
    case Type::LimitTooHigh:
        return make(Tone::Escalate, Guidance::tr("PostPress refused a limit this app never sets"),
                    Guidance::tr("This error is about list sizes, which a checkpoint request does not use, so it "
                                 "points to a problem at PostPress. Copy the details for PostPress support."));
    default:
        return fixTheInput(Guidance::tr("PostPress refused the request"), whatPostPressSaid(outcome), request);
    }
}

Guidance rejectedCode(const CheckpointRequest &request)
{
    //: %1 is the provider, e.g. LinkedIn
    const QString why = Guidance::tr("%1 rejected the code: it may be mistyped, or it has expired, since most codes "
                                     "expire within minutes.")
                            .arg(providerName(request));
    const QString next = providerSupportsResend(request.provider)
        ? Guidance::tr("Ask the customer for the newest code, or send a new one with Resend code, then type it in.")
        : Guidance::tr("Ask the customer for the newest code, then type it in.");
    return focusCode(make(Tone::TryAgain, Guidance::tr("The code was not accepted"), sentences(why, next),
                          newCodeActions(request.provider)));
}

Guidance startOver(const QString &headline, const QString &explanation)
{
    return make(Tone::TryAgain, headline, explanation, {Action::StartOver});
}

Guidance unauthorized(const Outcome &outcome, const CheckpointRequest &request)
{
    const QList<Action> replaceKey{Action::ReplaceApiKey};
    switch (typeOf(outcome)) {
    case Type::InvalidCheckpointSolution:
        return rejectedCode(request);
    case Type::CheckpointError:
        return startOver(Guidance::tr("This checkpoint cannot be solved here"),
                         //: %1 is the provider, e.g. LinkedIn
                         Guidance::tr("%1 says this checkpoint cannot be solved with a code. Start the connection "
                                      "again from the beginning in PostPress; if this happens again, copy the "
                                      "details for PostPress support.")
                             .arg(providerName(request)));
    case Type::MissingCredentials:
        return make(Tone::TryAgain, Guidance::tr("No API key was sent"),
                    Guidance::tr("PostPress received no API key, so nothing was done with the code. Enter the key "
                                 "from the PostPress dashboard, then submit again."),
                    replaceKey);
    case Type::ExpiredCredentials:
        return make(Tone::TryAgain, Guidance::tr("The API key has expired"),
                    Guidance::tr("PostPress refused the API key because it has expired, so nothing was done with "
                                 "the code. Get a new key from the PostPress dashboard, enter it, then submit again."),
                    replaceKey);
    default:
        return make(Tone::TryAgain, Guidance::tr("The API key was not accepted"),
                    Guidance::tr("PostPress refused the API key: it is wrong or no longer valid, so nothing was done "
                                 "with the code. Enter the right key from the PostPress dashboard, then submit "
                                 "again."),
                    replaceKey);
    }
}

Guidance planOwner(const QString &headline, const QString &explanation)
{
    return make(Tone::Escalate, headline, explanation);
}

Guidance forbidden(const Outcome &outcome, const CheckpointRequest &request)
{
    const QString provider = providerName(request);
    switch (typeOf(outcome)) {
    case Type::AccountRestricted:
        return make(Tone::Escalate,
                    //: %1 is the provider, e.g. LinkedIn
                    Guidance::tr("%1 has restricted this account").arg(provider),
                    //: %1 is the provider, e.g. LinkedIn
                    Guidance::tr("%1 has restricted or suspended the customer's account, so it cannot be connected "
                                 "now. Tell the customer to sign in to %1 directly and follow its steps to lift the "
                                 "restriction, then connect again.")
                        .arg(provider));
    case Type::AccountMismatch:
        return focusAccountId(make(Tone::TryAgain, Guidance::tr("The login belongs to another account"),
                                   //: %1 is the provider, e.g. LinkedIn
                                   Guidance::tr("The credentials of this login do not match the account id. Check "
                                                "the account id, and ask the customer whether they signed in to %1 "
                                                "with another account.")
                                       .arg(provider)));
    case Type::InsufficientPermissions:
        return make(Tone::Escalate, Guidance::tr("The account lacks permissions"),
                    //: %1 is the provider, e.g. LinkedIn
                    Guidance::tr("The account does not have the permissions this needs. Ask the customer whether "
                                 "their %1 account has the access it needs (for example an admin role), or escalate "
                                 "to whoever manages your PostPress workspace.")
                        .arg(provider));
    case Type::SessionMismatch:
        return startOver(Guidance::tr("The login session belongs to another account"),
                         Guidance::tr("The session PostPress holds does not match this account, for example after "
                                      "a login was started for another account. Start the connection again in "
                                      "PostPress, then enter the new code."));
    case Type::FeatureNotSubscribed:
        return planOwner(Guidance::tr("Not included in your PostPress plan"),
                         Guidance::tr("Connecting this account needs a feature that is not part of your PostPress "
                                      "subscription; the customer cannot fix this. Escalate to whoever owns your "
                                      "PostPress plan."));
    case Type::SubscriptionRequired:
        return planOwner(Guidance::tr("A PostPress subscription is needed"),
                         Guidance::tr("Your PostPress workspace has no active subscription for this; the customer "
                                      "cannot fix this. Ask whoever owns your PostPress plan to renew or upgrade "
                                      "it."));
    case Type::UnknownAuthenticationContext:
        return focusAccountId(startOver(Guidance::tr("No login in progress for this account"),
                                        Guidance::tr("PostPress has no login in progress for this account id: it "
                                                     "may have expired or the id may be wrong. Check the account "
                                                     "id, or start the connection again in PostPress.")));
    case Type::ActionRequired:
        return retryAfter(make(Tone::Escalate,
                               //: %1 is the provider, e.g. LinkedIn
                               Guidance::tr("The customer must finish a step in %1").arg(provider),
                               //: %1 is the provider, e.g. LinkedIn
                               Guidance::tr("%1 needs the customer to complete a step in its own app or website, "
                                            "such as confirming their identity. Ask them to open %1 and finish it, "
                                            "then press Retry.")
                                   .arg(provider),
                               {Action::Retry}),
                          waitSeconds(outcome, 0));
    case Type::ResourceAccessRestricted:
        return planOwner(Guidance::tr("Access is restricted"),
                         Guidance::tr("PostPress does not let this API key use this account or feature. Escalate "
                                      "to whoever manages your PostPress workspace, with the details copied."));
    default:
        return make(Tone::Escalate, Guidance::tr("Not allowed"),
                    sentences(whatPostPressSaid(outcome),
                              Guidance::tr("Copy the details and pass them to PostPress support.")));
    }
}

Guidance accountProxy(const Outcome &outcome, const QString &headline, const QString &explanation)
{
    return retryAfter(make(Tone::Wait, headline, explanation, {Action::Retry}),
                      waitSeconds(outcome, Guidance::DefaultRetryAfterSeconds));
}

Guidance proxyAuthentication(const Outcome &outcome)
{
    if (typeOf(outcome) == Type::ProxyAuthError) {
        return accountProxy(outcome, Guidance::tr("The account's proxy refused the login"),
                            Guidance::tr("The proxy set for this account in PostPress rejected the connection (this "
                                         "is not your own network). Retry shortly; if it keeps failing, check the "
                                         "proxy's user name and password in PostPress or change the proxy."));
    }
    // Without PostPress's type, the 407 may come from a proxy on the agent's side as well.
    return accountProxy(outcome, Guidance::tr("A proxy asked for a login"),
                        sentences(whatPostPressSaid(outcome),
                                  Guidance::tr("Either the account's proxy in PostPress or your own network's proxy "
                                               "wants a login; retry shortly, and if it keeps failing, ask IT.")));
}

Guidance timedOut(const Outcome &outcome, const CheckpointRequest &request)
{
    const int seconds = waitSeconds(outcome, 0);
    if (outcome.httpStatus() == 408) {
        return resultUnknown(Guidance::tr("Result unknown: no answer in time"),
                             //: %1 is the provider, e.g. LinkedIn
                             Guidance::tr("%1 did not answer PostPress in time.").arg(providerName(request)), seconds);
    }
    return resultUnknown(
        Guidance::tr("Result unknown: the request timed out"),
        //: %1 is the provider, e.g. LinkedIn
        Guidance::tr("The request timed out on its way between PostPress and %1.").arg(providerName(request)), seconds);
}

Guidance conflict(const Outcome &outcome)
{
    switch (typeOf(outcome)) {
    case Type::OperationCanceled:
        return make(Tone::Escalate, Guidance::tr("Another operation replaced this one"),
                    Guidance::tr("A later operation on this account cancelled this one, often a colleague or another "
                                 "window working on the same account. Find out who else is on it before doing "
                                 "anything more, so you do not undo each other's work."));
    case Type::AlreadyExists:
        return make(Tone::Done, Guidance::tr("Account already connected"),
                    Guidance::tr("PostPress already has this account connected, so there is nothing left to do "
                                 "here. Check in PostPress that it is the account the customer expects."));
    default:
        return make(Tone::Escalate, Guidance::tr("Another operation is in the way"),
                    sentences(whatPostPressSaid(outcome),
                              Guidance::tr("Check whether a colleague or another window is working on this "
                                           "account before trying again.")));
    }
}

Guidance waitForServer(const Outcome &outcome, const QString &headline, const QString &cause,
                       int fallbackSeconds = Guidance::DefaultRetryAfterSeconds)
{
    const int seconds = waitSeconds(outcome, fallbackSeconds);
    return retryAfter(make(Tone::Wait, headline, sentences(cause, waitThenRetry(seconds)), {Action::Retry}), seconds);
}

// Statuses the table has no row for: advice by class, with whatever PostPress said.
Guidance byStatusClass(const Outcome &outcome)
{
    const int status = outcome.httpStatus();
    if (status >= 400 && status < 500) {
        return focusCode(make(Tone::TryAgain, Guidance::tr("PostPress refused the request"),
                              sentences(whatPostPressSaid(outcome),
                                        Guidance::tr("Check the account id, the provider and the code; if they look "
                                                     "right, copy the details for PostPress support.")),
                              {Action::RetypeCode}));
    }
    if (status >= 500 && status < 600) {
        return waitForServer(outcome, Guidance::tr("PostPress has a problem on its side"), whatPostPressSaid(outcome));
    }
    return make(Tone::Unknown, Guidance::tr("Unexpected answer from PostPress"),
                sentences(whatPostPressSaid(outcome),
                          Guidance::tr("Check the account in PostPress before trying again, and copy the details "
                                       "for a ticket.")));
}

Guidance serverError(const Outcome &outcome, const CheckpointRequest &request)
{
    switch (typeOf(outcome)) {
    case Type::UnexpectedError:
        return waitForServer(outcome, Guidance::tr("Something went wrong at PostPress"),
                             Guidance::tr("PostPress hit an unexpected error on its side; if it happens again, copy "
                                          "the details for PostPress support."));
    case Type::ProviderError:
        return waitForServer(outcome,
                             //: %1 is the provider, e.g. LinkedIn
                             Guidance::tr("%1 is having problems").arg(providerName(request)),
                             //: %1 is the provider, e.g. LinkedIn
                             Guidance::tr("%1 itself is having operational problems, which is not the customer's "
                                          "fault; if the code expires meanwhile, ask for a new one.")
                                 .arg(providerName(request)));
    case Type::AuthenticationIntentError:
        return startOver(Guidance::tr("The login attempt has ended"),
                         Guidance::tr("The login attempt was stopped after a failure or expired (it lasts about "
                                      "five minutes), so no code can finish it. Start the connection again from the "
                                      "beginning in PostPress, then enter the new code the customer receives."));
    default:
        return byStatusClass(outcome);
    }
}

Guidance unavailable(const Outcome &outcome)
{
    switch (typeOf(outcome)) {
    case Type::NoClientSession:
        return waitForServer(outcome, Guidance::tr("PostPress has no session for this account right now"),
                             Guidance::tr("PostPress has no session running for this account at the moment; it "
                                          "usually comes back by itself."));
    case Type::NoChannel:
        return waitForServer(outcome, Guidance::tr("PostPress cannot reach the account's session"),
                             Guidance::tr("PostPress cannot reach the session for this account at the moment."));
    case Type::NoHandler:
        return waitForServer(outcome, Guidance::tr("PostPress cannot handle this right now"),
                             Guidance::tr("PostPress has nothing ready to handle this request at the moment."));
    case Type::NetworkDown:
        return waitForServer(outcome, Guidance::tr("PostPress's network is down"),
                             Guidance::tr("The network on PostPress's side is down; this is not your connection or "
                                          "the customer's."));
    case Type::ServiceUnavailable:
        return waitForServer(outcome, Guidance::tr("PostPress is temporarily unavailable"),
                             Guidance::tr("PostPress is temporarily unavailable; this usually passes quickly."));
    default:
        return waitForServer(outcome, Guidance::tr("PostPress is temporarily unavailable"), whatPostPressSaid(outcome));
    }
}

Guidance problem(const Outcome &outcome, const CheckpointRequest &request)
{
    switch (outcome.httpStatus()) {
    case 400:
        return badRequest(outcome, request);
    case 401:
        return unauthorized(outcome, request);
    case 403:
        return forbidden(outcome, request);
    case 404:
        return focusAccountId(make(Tone::TryAgain, Guidance::tr("PostPress does not know this account"),
                                   Guidance::tr("PostPress found no such account or address. Check the account id; "
                                                "if it is right, check the API address this window was opened "
                                                "with.")));
    case 407:
        return proxyAuthentication(outcome);
    case 408:
    case 504:
        return timedOut(outcome, request);
    case 409:
        return conflict(outcome);
    case 425:
        return waitForServer(outcome, Guidance::tr("Another login is in progress for this account"),
                             Guidance::tr("Another login attempt for this account is still running, perhaps from a "
                                          "colleague or another window."));
    case 429:
        return waitForServer(outcome, Guidance::tr("Too many attempts: wait a moment"),
                             Guidance::tr("PostPress is limiting how fast requests may be sent."),
                             Guidance::RateLimitRetryAfterSeconds);
    case 500:
        return serverError(outcome, request);
    case 502:
        if (typeOf(outcome) == Type::ProxyError) {
            return accountProxy(outcome, Guidance::tr("The account's proxy is not working"),
                                Guidance::tr("The proxy set for this account in PostPress is failing (this is not "
                                             "your own network). Retry shortly; if it keeps failing, change the "
                                             "account's proxy in PostPress."));
        }
        return byStatusClass(outcome);
    case 503:
        return unavailable(outcome);
    default:
        return byStatusClass(outcome);
    }
}

// --- No usable HTTP answer -------------------------------------------------------------------------------------

Guidance nothingSent(Tone tone, const QString &headline, const QString &explanation)
{
    return make(tone, headline, explanation, {Action::Retry});
}

// Failures that may have happened after the request left: nobody knows whether the code was used.
Guidance afterSending(Outcome::Transport transport)
{
    switch (transport) {
    case Outcome::Transport::Timeout:
        return resultUnknown(Guidance::tr("Result unknown: no answer from PostPress"),
                             Guidance::tr("The request left, but PostPress did not answer in time."));
    case Outcome::Transport::ConnectionClosed:
        return resultUnknown(Guidance::tr("Result unknown: the connection dropped"),
                             Guidance::tr("The connection dropped after the request left, before PostPress "
                                          "answered."));
    case Outcome::Transport::Canceled:
        return resultUnknown(Guidance::tr("Cancelled: result unknown"),
                             Guidance::tr("You cancelled after the request had left, so PostPress may have "
                                          "received it."));
    case Outcome::Transport::ResponseTooLarge:
        return resultUnknown(Guidance::tr("Result unknown: the answer was too large"),
                             Guidance::tr("PostPress sent an answer far larger than expected, so the app did not "
                                          "read it."));
    case Outcome::Transport::Proxy:
        return resultUnknown(Guidance::tr("Result unknown: your network's proxy failed"),
                             Guidance::tr("The proxy of your own network failed after the request left."));
    default:
        return resultUnknown(Guidance::tr("Result unknown: the connection failed"),
                             Guidance::tr("The connection failed after the request left, before a full answer "
                                          "came back."));
    }
}

Guidance beforeSending(Outcome::Transport transport)
{
    switch (transport) {
    case Outcome::Transport::Timeout:
        return nothingSent(Tone::TryAgain, Guidance::tr("PostPress did not answer"),
                           Guidance::tr("The connection timed out before the request was sent, so it is safe to "
                                        "retry. If it keeps happening, check your network."));
    case Outcome::Transport::ConnectionClosed:
        return nothingSent(Tone::TryAgain, Guidance::tr("The connection to PostPress dropped"),
                           Guidance::tr("The connection dropped before the request was sent, so it is safe to "
                                        "retry."));
    case Outcome::Transport::Canceled:
        return nothingSent(Tone::TryAgain, Guidance::tr("Cancelled, nothing sent"),
                           Guidance::tr("You cancelled before the request left this computer, so the code was not "
                                        "used. Submit it again when you are ready."));
    case Outcome::Transport::Proxy:
        return nothingSent(Tone::Escalate, Guidance::tr("Your network's proxy failed"),
                           Guidance::tr("The proxy of your own network (not the account's proxy in PostPress) did "
                                        "not pass the request on, so nothing was sent. Retry; if it keeps failing, "
                                        "ask your IT team."));
    default:
        return nothingSent(Tone::TryAgain, Guidance::tr("Could not reach PostPress"),
                           Guidance::tr("The connection failed before the request was sent, so it is safe to retry. "
                                        "If it keeps happening, check your network or tell your IT team."));
    }
}

Guidance transportFailure(const Outcome &outcome)
{
    switch (outcome.transport()) {
    case Outcome::Transport::InsecureUrl:
        return make(Tone::TryAgain, Guidance::tr("Not sent: the API address is not secure"),
                    Guidance::tr("The API address uses plain http, so the app refused to send the key and the code "
                                 "over it; nothing was sent. Open the window with an address starting with "
                                 "https://."));
    case Outcome::Transport::ConnectionRefused:
        return nothingSent(Tone::TryAgain, Guidance::tr("Could not connect to PostPress"),
                           Guidance::tr("PostPress refused the connection, so nothing was sent and it is safe to "
                                        "retry. If it keeps happening, check your network and the API address."));
    case Outcome::Transport::HostNotFound:
        return nothingSent(Tone::TryAgain, Guidance::tr("PostPress's address was not found"),
                           Guidance::tr("The API address could not be looked up, so nothing was sent and it is safe "
                                        "to retry. Check that this computer is online and the address is spelled "
                                        "right."));
    case Outcome::Transport::Tls:
        return make(Tone::Escalate, Guidance::tr("The connection to PostPress is not trusted"),
                    Guidance::tr("The secure connection to PostPress could not be verified, so nothing was sent. Do "
                                 "not try to work around it: tell your IT team, as someone may be intercepting the "
                                 "connection."));
    case Outcome::Transport::Redirect:
        return make(Tone::TryAgain, Guidance::tr("PostPress answered with a redirect"),
                    Guidance::tr("The app never follows redirects, so your API key and the code went nowhere else. "
                                 "Check the API address this window was opened with: it may be outdated or miss "
                                 "https:// or the version path."));
    case Outcome::Transport::NotInstalled:
        return make(Tone::Escalate, Guidance::tr("Not sent: part of the app is missing"),
                    Guidance::tr("The part of this app that sends requests is missing or broken, so nothing was sent "
                                 "and the code was not used. Reinstall PostPress Checkpoint, or ask your IT team to "
                                 "reinstall it."));
    case Outcome::Transport::ResponseTooLarge:
        return afterSending(outcome.transport());
    default:
        return outcome.requestMayHaveArrived() ? afterSending(outcome.transport()) : beforeSending(outcome.transport());
    }
}

Guidance advice(const Outcome &outcome, const CheckpointRequest &request)
{
    switch (outcome.kind()) {
    case Outcome::Kind::Connected:
        return connected(outcome);
    case Outcome::Kind::NextCheckpoint:
        return nextCheckpoint(outcome, request);
    case Outcome::Kind::CodeResent:
        return codeResent(request);
    case Outcome::Kind::UnexpectedAnswer:
        return unexpectedAnswer(outcome, request);
    case Outcome::Kind::Problem:
        return problem(outcome, request);
    case Outcome::Kind::TransportFailure:
        return transportFailure(outcome);
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace

Guidance Guidance::forOutcome(const Outcome &outcome, const CheckpointRequest &request)
{
    Guidance guidance = advice(outcome, request);
    if (!providerSupportsResend(request.provider)) // whatever a row offers: this provider has no resend endpoint
        guidance.actions.removeAll(Action::ResendCode);
    return guidance;
}

bool Guidance::isRejectedCode(const Outcome &outcome)
{
    return typeOf(outcome) == Type::InvalidCheckpointSolution;
}

bool Guidance::isAccountProxyFailure(const Outcome &outcome)
{
    const Type type = typeOf(outcome);
    return type == Type::ProxyError || type == Type::ProxyAuthError;
}

bool Guidance::looksLikeBarePhoneNumber(QStringView code)
{
    // "(+CC)…" is already in the API's format: '(' is not among the accepted characters.
    qsizetype digits = 0;
    for (QChar c : code.trimmed()) {
        if (c >= u'0' && c <= u'9')
            ++digits;
        else if (c != u' ' && c != u'+' && c != u'-' && c != u'.')
            return false;
    }
    return digits >= 8;
}
