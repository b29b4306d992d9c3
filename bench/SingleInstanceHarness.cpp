// bench_singleinstance: the single-instance handshake on its own, without a window, to time what a second launch
// costs before the lead's main.cpp wires SingleInstance in (and to compare with it afterwards).
//   bench_singleinstance primary NAME   claims NAME, prints "primary <claim ms>" and answers forwarded launches
//                                       until it is ended
//   bench_singleinstance forward NAME   claims NAME (finds the primary), forwards one request and exits 0 when the
//                                       primary accepted it; hyperfine times this whole process
#include "SingleInstance.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    if (argc != 3)
        return 2;
    const QByteArray role = argv[1];
    const QString name = QString::fromLocal8Bit(argv[2]);
    QCoreApplication app(argc, argv);
    QElapsedTimer timer;
    timer.start();
    SingleInstance instance(name);
    const SingleInstance::Role claimed = instance.claim();
    const double claimMs = double(timer.nsecsElapsed()) / 1e6;
    if (role == "primary") {
        if (claimed != SingleInstance::Role::Primary)
            return 1;
        std::printf("primary %.3f\n", claimMs);
        std::fflush(stdout);
        return app.exec();
    }
    if (role != "forward" || claimed != SingleInstance::Role::Secondary)
        return 1;
    LaunchRequest request;
    request.accountId = u"acc_01HXYZ4QK3WJ8FN3M6QH7TZ8GR"_s;
    request.provider = Provider::LinkedIn;
    return instance.forward(request) ? 0 : 1;
}
