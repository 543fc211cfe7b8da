#pragma once

#include "catalog/changes/change.h"
#include "catalog/result.h"

#include <QObject>

#include <functional>
#include <memory>

class QUndoStack;

namespace mesh::catalog {
class Catalog;
}

namespace mesh::app {

// The catalog the studio has open, with what goes with it: its undo stack, being live (others'
// changes arrive as they land), the studio's presence on it, the last and recent catalogs.
// It opens, creates and replaces catalogs, and applies every edit as one undoable step, as
// Qt Creator's modelinglib has a DocumentController beside the window that shows the model.
// It has no widgets: what it needs from the user (a password) it asks through a callback,
// and what went wrong it returns or signals for the window to show.
class CatalogSession final : public QObject
{
    Q_OBJECT

public:
    // Asks for the password a shared catalog's server wants; the location with it (kept in
    // memory only), or an empty string when the user gives up.
    using PasswordPrompt = std::function<QString(const QString &location, const QString &reason)>;

    explicit CatalogSession(QObject *parent = nullptr);
    ~CatalogSession() override;

    catalog::Catalog *catalog() const { return m_catalog.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }
    void setPasswordPrompt(PasswordPrompt prompt) { m_askPassword = std::move(prompt); }

    // Each replaces the open catalog only when it succeeds; a failure keeps it and says why.
    // open() gives false when the user cancelled the password prompt.
    catalog::Result<bool> open(const QString &location);
    // The sample catalog: this user's own copy, made on first use.
    catalog::Result<void> openSample();
    static QString sampleCopyPath();
    // The catalog open when the studio last closed (or last replaced one); empty at first.
    static QString lastCatalog();
    // A new, empty catalog file at `path`, replacing any file there.
    catalog::Result<void> create(const QString &path);

    // Applies a batch as one undoable step; steps with the same non-empty `mergeKey` in a
    // row become one (nudges).
    void apply(const catalog::Batch &batch, const QString &description, const QString &mergeKey = {});

    // The studio leaves: others no longer see it on the catalog.
    void leave();

Q_SIGNALS:
    // Around a replacement: before, the old catalog is still there (detach from it); after,
    // the new one is open and live.
    void aboutToReplace();
    void replaced(catalog::Catalog *catalog);
    // The revision, the online state or the undo position moved.
    void statusChanged();
    // A sentence for the status bar.
    void message(const QString &text, int timeoutMs);
    // The catalog refused an edit made here (not an undo or redo): the window explains it,
    // reopens what the user was typing, or offers to apply it again.
    void editRefused(const catalog::Error &error, const catalog::Batch &batch, const QString &description);
    // A change made offline was refused when it was replayed.
    void pendingChangeRefused(const QString &message);

private:
    void replace(std::unique_ptr<catalog::Catalog> catalog);
    void onRefused(const catalog::Error &error, const catalog::Batch &batch, catalog::ChangeOrigin origin, const QString &description);
    static bool isSignedOffReviewStep(const catalog::Batch &batch, const catalog::Error &error);

    std::unique_ptr<catalog::Catalog> m_catalog;
    QUndoStack *m_undoStack;
    PasswordPrompt m_askPassword;
};

} // namespace mesh::app
