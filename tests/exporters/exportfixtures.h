#pragma once

#include <QByteArray>

// Catalogs for tst_exporters, as JSON Lines (kept out of the test file, which moc reads).
extern const QByteArray kCaseCollision;
extern const QByteArray kBrokenAvro;
extern const QByteArray kProtoMerge;
extern const QByteArray kProtoConflict;
extern const QByteArray kProtoUnknown;
