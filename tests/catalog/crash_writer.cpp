// Helper for tst_crashsafety: applies 1,000 batches to a catalog, one transaction each,
// and prints the number of every batch whose apply() has returned. The test kills it.
//   crash_writer CATALOG RUN

#include "catalog/catalog.h"

#include <QCoreApplication>

#include <cstdio>

using namespace mesh::catalog;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    auto catalog = Catalog::open(QString::fromLocal8Bit(argv[1]));
    if (!catalog) {
        std::fprintf(stderr, "%s\n", qPrintable(catalog.error().message));
        return 2;
    }
    const QString run = QString::fromLocal8Bit(argv[2]);
    std::printf("ready\n");
    std::fflush(stdout);
    QUuid previous;
    for (int i = 0; i < 1000; ++i) {
        Element element{QUuid::createUuid(), ElementKind::Actor, QStringLiteral("R%1-%2").arg(run).arg(i)};
        element.description = QStringLiteral("v0");
        Batch batch{CreateElement{element}};
        // Every other batch also touches the previous element: two changes, one transaction.
        if (i % 2 == 1)
            batch.append(UpdateElement{previous, {{"description", "v1"}}});
        auto applied = (*catalog)->apply(batch);
        if (!applied) {
            std::fprintf(stderr, "%s\n", qPrintable(applied.error().message));
            return 1;
        }
        std::printf("%d\n", i);
        std::fflush(stdout);
        previous = element.id;
    }
    return 0;
}
