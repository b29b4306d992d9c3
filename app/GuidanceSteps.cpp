#include "Guidance.h"

#include "GuidanceParts.h"

using namespace Qt::StringLiterals;

// Advice for the answers that are not problems: connected, the next checkpoint step, a resent code, an answer this app
// does not expect.

namespace {

using namespace GuidanceParts;

Guidance askForCode(const QString &headline, const QString &explanation, QList<Action> actions)
{
    actions.append(Action::TryAnotherWay);
    return focusCode(make(Tone::Next, headline, explanation, actions));
}

// A two-step code from a source without advice of its own, or from an unnamed one.
Guidance otherTwoFactor(const QString &source, const CheckpointRequest &request)
{
    const QString provider = providerName(request);
    const QList<Action> sent = newCodeActions(request.provider);
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
    return otherTwoFactor(source, request);
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
    if (type != "CAPTCHA"_L1 && type != "QRCODE"_L1) {
        return make(Tone::Escalate,
                    //: %1 is the provider, e.g. LinkedIn. A contract is a paid plan of the customer's account.
                    Guidance::tr("%1 asks which contract to use").arg(provider),
                    //: %1 is the provider, e.g. LinkedIn. A contract is a paid plan of the customer's account.
                    Guidance::tr("The customer's %1 account has several contracts and one must be chosen, which "
                                 "cannot be done from this window. Ask the customer to finish the login themselves "
                                 "in PostPress and choose the contract there.")
                        .arg(provider));
    }
    QString headline;
    QString explanation;
    if (type == "CAPTCHA"_L1) {
        //: %1 is the provider, e.g. LinkedIn
        headline = Guidance::tr("%1 wants a CAPTCHA solved");
        //: %1 is the provider, e.g. LinkedIn
        explanation = Guidance::tr("A CAPTCHA cannot be solved with a code from this window. Ask the customer to "
                                   "finish the login themselves in PostPress, or use Try another way to ask %1 for "
                                   "a code instead.");
    } else {
        //: %1 is the provider, e.g. LinkedIn
        headline = Guidance::tr("%1 wants a QR code scanned");
        //: %1 is the provider, e.g. LinkedIn
        explanation = Guidance::tr("A QR code cannot be solved with a code from this window. The customer must "
                                   "finish the login themselves in PostPress and scan the QR code there with the "
                                   "%1 app on their phone.");
    }
    return make(Tone::Escalate, headline.arg(provider), explanation.arg(provider), {Action::TryAnotherWay});
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

} // namespace

Guidance GuidanceParts::connected(const Outcome &outcome)
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

Guidance GuidanceParts::nextCheckpoint(const Outcome &outcome, const CheckpointRequest &request)
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
                                 // The window is in phone number mode already: the advice does not ask to switch.
                                 Guidance::tr("%1 wants a mobile number for this account. Pick the country and type "
                                              "the number as the customer says it.")
                                     .arg(providerName(request)),
                                 {Action::TryAnotherWay});
        guidance.focusField = Field::Code;
        return guidance;
    }
    if (type == "IN_APP_VALIDATION"_L1)
        return inAppValidation(request);
    if (type == "CAPTCHA"_L1 || type == "QRCODE"_L1 || type == "CONTRACT_CHOOSER"_L1)
        return notSolvableByCode(type, request);
    return unknownStep(type, request);
}

Guidance GuidanceParts::codeResent(const CheckpointRequest &request)
{
    return focusCode(make(Tone::Next, Guidance::tr("A new code is on its way"),
                          //: %1 is the provider, e.g. LinkedIn
                          Guidance::tr("%1 is sending the code or the app notification to the customer again; it "
                                       "can take a minute. Use only the newest code: resending does not give the "
                                       "login more time.")
                              .arg(providerName(request)),
                          {Action::RetypeCode}));
}

Guidance GuidanceParts::unexpectedAnswer(const Outcome &outcome, const CheckpointRequest &request)
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
