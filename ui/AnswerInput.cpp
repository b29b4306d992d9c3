#include "AnswerInput.h"
#include "ui_AnswerInput.h"

#include "CheckpointRequest.h"
#include "StartupTrace.h"

#include <QApplication>
#include <QFontDatabase>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The code and phone fields' font: large, so a code read out on the phone is checked at a glance, and fixed-pitch, so
// that 0 and O, 1, l and I look different. `face` says whose family; the size is the fixed-pitch font's times 1.6 in
// both, so that the switch changes as little as it can. systemFont() only describes the font: nothing is matched or
// loaded until the font is measured or drawn.
enum class CodeFace { Ui, FixedPitch };

QFont codeFont(CodeFace face)
{
    const QFont fixedPitch = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    QFont font = face == CodeFace::FixedPitch ? fixedPitch : QApplication::font("QLineEdit");
    font.setPointSizeF(fixedPitch.pointSizeF() * 1.6);
    return font;
}

} // namespace

AnswerInput::AnswerInput(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AnswerInput>())
{
    m_ui->setupUi(this);
    // A second font family (fontconfig's match, a FreeType face, its glyphs) costs 1-2.5 ms of the first frame: the
    // first windows show the code in the UI family, at the same size, and take the fixed-pitch one right after it
    // (or after StartupTrace's fallback delay when no window is ever exposed). Later windows have it from the start.
    if (StartupTrace::firstFrameShown()) {
        setCodeFont(codeFont(CodeFace::FixedPitch));
    } else {
        setCodeFont(codeFont(CodeFace::Ui));
        StartupTrace::afterFirstFrame(this, [this] { setCodeFont(codeFont(CodeFace::FixedPitch)); });
    }
    m_ui->codeEdit->setMaxLength(int(CheckpointRequest::MaxCodeLength));
    m_ui->countryCombo->setMinimumContentsLength(12);
    m_ui->phoneEdit->setMaxLength(64);
    m_ui->phonePreviewLabel->hide();
    connectSignals();
}

AnswerInput::~AnswerInput() = default;

// Setting the font keeps the fields' text, cursor, selection and focus (QLineEdit only lays its text out again). It may
// change their height: on Debian 12, monospace is Noto Sans Mono, whose line is taller than DejaVu Sans's (the field's
// size hint is 34 px against 30 px at 100 %). Then the layout adapts once, right after the first frame: what is under
// the field moves down by the difference and the window grows as much. Reserving that height from the start is not
// possible without measuring the fixed-pitch face before the frame, and measuring it (fontconfig's match and opening
// the face, about 0.5 of the 0.8 ms the whole font costs) is most of what deferring it saves.
void AnswerInput::setCodeFont(const QFont &font)
{
    m_ui->codeEdit->setFont(font);
    m_ui->phoneEdit->setFont(font);
    // Room for a whole number as people say it, in the font the field has; the country list gives way instead.
    m_ui->phoneEdit->setMinimumWidth(m_ui->phoneEdit->fontMetrics().horizontalAdvance(u"+00 (0)0 00 00 00 00"_s));
}

void AnswerInput::connectSignals()
{
    const auto onChanged = [this] {
        updatePhonePreview();
        Q_EMIT changed();
    };
    for (QLineEdit *field : {m_ui->codeEdit, m_ui->phoneEdit}) {
        connect(field, &QLineEdit::textChanged, this, onChanged);
        connect(field, &QLineEdit::textEdited, this, &AnswerInput::edited);
        connect(field, &QLineEdit::returnPressed, this, &AnswerInput::submitted);
    }
    connect(m_ui->countryCombo, &QComboBox::currentIndexChanged, this, [this, onChanged] {
        updatePhonePlaceholder();
        onChanged();
    });
    connect(m_ui->phoneModeRadio, &QRadioButton::toggled, this, [this](bool phone) {
        setPhoneMode(phone);
        focusAnswer(false);
    });
    connect(m_ui->tryAnotherWayButton, &QPushButton::clicked, this, &AnswerInput::tryAnotherWay);
}

AnswerInput::Answer AnswerInput::answer() const
{
    Answer answer{isPhoneMode(), activeField()->text(), CodeInput::normaliseCode(m_ui->codeEdit->text()), {}};
    if (answer.phoneMode) {
        const PhoneNumberFormatter::Result phone = formattedPhone();
        answer.code = phone.isValid() ? phone.formatted : m_ui->phoneEdit->text().trimmed();
        answer.phoneProblem = phone.problem;
    }
    return answer;
}

bool AnswerInput::isEmpty() const
{
    return m_ui->codeEdit->text().isEmpty() && m_ui->phoneEdit->text().isEmpty();
}

bool AnswerInput::isPhoneMode() const
{
    return m_ui->phoneModeRadio->isChecked();
}

QLineEdit *AnswerInput::activeField() const
{
    return isPhoneMode() ? m_ui->phoneEdit : m_ui->codeEdit;
}

PhoneNumberFormatter::Result AnswerInput::formattedPhone() const
{
    return PhoneNumberFormatter::format(m_ui->countryCombo->currentData().toString(), m_ui->phoneEdit->text());
}

void AnswerInput::setPhoneMode(bool phone)
{
    if (phone && m_ui->countryCombo->count() == 0)
        fillCountries(); // libphonenumber's metadata is loaded only when somebody needs it
    if (m_ui->phoneModeRadio->isChecked() != phone)
        m_ui->phoneModeRadio->setChecked(phone);
    if (m_ui->codeModeRadio->isChecked() == phone)
        m_ui->codeModeRadio->setChecked(!phone);
    m_ui->inputStack->setCurrentWidget(phone ? m_ui->phonePage : m_ui->codePage);
    updateModeLabel();
    updatePhonePreview();
    Q_EMIT changed();
}

void AnswerInput::updateModeLabel()
{
    m_ui->codeLabel->setText(isPhoneMode() ? tr("Customer's mobile n&umber:") : tr("C&ode from the customer:"));
    m_ui->codeLabel->setBuddy(activeField());
}

void AnswerInput::fillCountries()
{
    QList<std::pair<QString, QString>> countries; // name (+code), region
    const QStringList regions = PhoneNumberFormatter::supportedRegions();
    for (const QString &region : regions) {
        countries.append(
            {tr("%1 (%2)", "country name (calling code)")
                 .arg(PhoneNumberFormatter::regionName(region), PhoneNumberFormatter::callingCodeFor(region)),
             region});
    }
    std::sort(countries.begin(), countries.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    const QSignalBlocker blocker(m_ui->countryCombo);
    m_ui->countryCombo->useContentsPolicy();
    for (const auto &[name, region] : std::as_const(countries))
        m_ui->countryCombo->addItem(name, region);
    m_ui->countryCombo->setCurrentIndex(m_ui->countryCombo->findData(PhoneNumberFormatter::defaultRegion()));
    updatePhonePlaceholder();
}

// The example for the chosen country: a French number under the United States would mislead.
void AnswerInput::updatePhonePlaceholder()
{
    m_ui->phoneEdit->setPlaceholderText(
        PhoneNumberFormatter::exampleNumber(m_ui->countryCombo->currentData().toString()));
}

void AnswerInput::setCountry(const QString &regionCode)
{
    if (m_ui->countryCombo->count() == 0)
        fillCountries();
    if (const int index = m_ui->countryCombo->findData(regionCode.toUpper()); index >= 0)
        m_ui->countryCombo->setCurrentIndex(index);
}

void AnswerInput::updatePhonePreview()
{
    QString text;
    if (isPhoneMode() && !m_ui->phoneEdit->text().trimmed().isEmpty()) {
        const PhoneNumberFormatter::Result phone = formattedPhone();
        if (!phone.isValid())
            text.clear(); // the hint under the field says what is wrong
        else if (phone.regionCode != m_ui->countryCombo->currentData().toString())
            text = tr("Will send %1 (a number from %2).")
                       .arg(phone.formatted, PhoneNumberFormatter::regionName(phone.regionCode));
        else
            text = tr("Will send %1.").arg(phone.formatted);
    }
    m_ui->phonePreviewLabel->setText(text);
    m_ui->phonePreviewLabel->setVisible(!text.isEmpty());
}

void AnswerInput::focusAnswer(bool select)
{
    activeField()->setFocus();
    if (select)
        activeField()->selectAll();
}

void AnswerInput::clear()
{
    setPhoneMode(false);
    m_ui->codeEdit->clear();
    m_ui->phoneEdit->clear();
}

void AnswerInput::setBusy(bool busy)
{
    m_ui->codeEdit->setReadOnly(busy);
}

void AnswerInput::setTryAnotherWayEnabled(bool enabled)
{
    m_ui->tryAnotherWayButton->setEnabled(enabled);
}

// A new language takes effect at once, in the labels the mode sets too.
void AnswerInput::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateModeLabel();
        updatePhonePreview();
    }
    QWidget::changeEvent(event);
}
