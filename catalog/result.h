#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace mesh::catalog {

enum class ErrorCode {
    InvalidInput,     // a change or a file that does not make sense (usage/input error)
    NotFound,         // a reference, file or catalog that does not exist
    Conflict,         // a name or id already taken, a rule of the model broken
    NotACatalog,      // the file is not a Mesh Studio catalog
    NewerVersion,     // the catalog was written by a newer Mesh Studio
    ReadOnly,         // the location cannot be written
    StorageFailure,   // the database refused (disk full, I/O error, corruption)
    Stale,            // someone committed after the revision a change was made against
    Offline,          // the shared catalog's server cannot be reached
    PermissionDenied, // the server refused: the user's role does not allow it
    ChangedElsewhere, // someone else changed the same fields since the change's base revision
    Ungoverned,       // governance refused (approval while errors remain); `detail` lists the findings, one per line
};

// What went wrong, for people (message, already translated) and for logs (detail).
// `field` names the offending field and `index` the change in a batch, when known.
struct Error {
    ErrorCode code = ErrorCode::InvalidInput;
    QString message;
    QString detail;
    QString field;
    int index = -1;   // the failing change in a batch
    int line = 0;     // the failing line of a JSON Lines input or a schema text, 1-based
    int column = 0;   // …and column, when known

    Error withIndex(int changeIndex) const
    {
        Error copy = *this;
        copy.index = changeIndex;
        return copy;
    }
};

// A value or an error; the catalog never throws. GCC 12 has no std::expected.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool isOk() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return isOk(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

struct Ok {};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Ok) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool isOk() const { return !m_error.has_value(); }
    explicit operator bool() const { return isOk(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorCode code, QString message, QString field = {}, QString detail = {})
{
    return Error{code, std::move(message), std::move(detail), std::move(field), -1, 0};
}

} // namespace mesh::catalog
