// The baseline the startup targets are measured against: the least a Qt Widgets program with this window's inputs
// costs on this machine, built with the app's compiler flags in the same build directory. A dialog with an id field,
// a provider list, a code field and a button, shown. Not a product window, so its strings are not translated.
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QDialog dialog;
    dialog.setWindowTitle(u"Baseline"_s);
    auto *form = new QFormLayout(&dialog);
    auto *account = new QLineEdit(&dialog);
    account->setText(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString());
    auto *provider = new QComboBox(&dialog);
    provider->addItems({u"LinkedIn"_s, u"Instagram"_s, u"X"_s, u"Messenger"_s});
    auto *code = new QLineEdit(&dialog);
    auto *submit = new QPushButton(u"Submit code"_s, &dialog);
    submit->setDefault(true);
    form->addRow(u"Account id:"_s, account);
    form->addRow(u"Provider:"_s, provider);
    form->addRow(u"Code:"_s, code);
    form->addRow(submit);
    dialog.show();
    code->setFocus();
    return app.exec();
}
