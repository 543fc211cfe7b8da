#include "exporters/import/documentset.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <map>
#include <unordered_map>
#include <sstream>
#include <vector>

#include <cmath>
#include <set>

namespace mesh::exporters {

using namespace mesh::catalog;

namespace {

bool isOneOf(const std::string &text, std::initializer_list<const char *> words)
{
    for (const char *word : words) {
        if (text == word)
            return true;
    }
    return false;
}

bool allOf(const std::string &text, size_t from, bool (*accept)(char))
{
    if (from >= text.size())
        return false;
    for (size_t i = from; i < text.size(); ++i) {
        if (!accept(text[i]))
            return false;
    }
    return true;
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isOctal(char c) { return c >= '0' && c <= '7'; }
bool isHex(char c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// YAML 1.2 core schema: [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
bool isCoreFloat(const std::string &s)
{
    size_t i = 0;
    if (i < s.size() && (s[i] == '-' || s[i] == '+'))
        ++i;
    size_t digits = 0;
    while (i < s.size() && isDigit(s[i]))
        ++i, ++digits;
    if (i < s.size() && s[i] == '.') {
        ++i;
        size_t fraction = 0;
        while (i < s.size() && isDigit(s[i]))
            ++i, ++fraction;
        if (digits == 0 && fraction == 0)
            return false;
    } else if (digits == 0) {
        return false;
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '-' || s[i] == '+'))
            ++i;
        if (!allOf(s.substr(i), 0, isDigit))
            return false;
        return true;
    }
    return i == s.size();
}

Json plainScalar(const std::string &s)
{
    if (s.empty() || isOneOf(s, {"~", "null", "Null", "NULL"}))
        return nullptr;
    if (isOneOf(s, {"true", "True", "TRUE"}))
        return true;
    if (isOneOf(s, {"false", "False", "FALSE"}))
        return false;
    const char first = s.front();
    if (!isDigit(first) && first != '-' && first != '+' && first != '.')
        return s;
    const size_t sign = (first == '-' || first == '+') ? 1 : 0;
    try {
        if (allOf(s, sign, isDigit)) {
            // Integers beyond 64 bits stay exact as text would not: read them as numbers anyway.
            if (s.size() - sign < 19)
                return std::stoll(s);
            return std::stod(s);
        }
        if (s.size() > 2 && s[0] == '0' && s[1] == 'o' && allOf(s, 2, isOctal))
            return std::stoll(s.substr(2), nullptr, 8);
        if (s.size() > 2 && s[0] == '0' && s[1] == 'x' && allOf(s, 2, isHex))
            return std::stoll(s.substr(2), nullptr, 16);
        if (isCoreFloat(s))
            return std::stod(s);
    } catch (const std::exception &) {
        return s;
    }
    if (isOneOf(s.substr(sign), {".inf", ".Inf", ".INF", ".nan", ".NaN", ".NAN"}))
        return s;   // JSON has no infinities: the text is kept
    return s;
}

// A plain scalar that plainScalar() reads as the text itself.
bool isPlainText(const std::string &s)
{
    if (s.empty())
        return false;
    const char first = s.front();
    if (isDigit(first) || first == '-' || first == '+' || first == '.' || first == '~')
        return false;
    return !isOneOf(s, {"null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE"});
}

// Builds the JSON straight from the parser's events: no node tree in between, which
// halves the time and the memory a large document takes.
class JsonBuilder final : public YAML::EventHandler
{
public:
    Json root;

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &, YAML::anchor_t anchor) override { put(nullptr, anchor); }
    void OnAlias(const YAML::Mark &, YAML::anchor_t anchor) override
    {
        const auto found = m_anchors.find(anchor);
        put(found == m_anchors.end() ? Json() : found->second, YAML::NullAnchor);
    }
    void OnScalar(const YAML::Mark &, const std::string &tag, YAML::anchor_t anchor, const std::string &value) override
    {
        // "?" marks a plain scalar; quoted ones and explicit !!str are text.
        const bool plain = tag == "?";
        if (anchor == YAML::NullAnchor && awaitsKey() && (!plain || isPlainText(value))) {
            setKey(std::string(value)); // most scalars are keys: no JSON value made for them
            return;
        }
        put(plain ? plainScalar(value) : Json(value), anchor);
    }
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
    {
        m_stack.push_back({Json::array(), false, {}, false, anchor, {}});
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
    {
        m_stack.push_back({Json::object(), true, {}, false, anchor, {}});
    }
    void OnMapEnd() override { close(); }

private:
    struct Frame {
        Json value;
        bool isMap;
        std::string key;
        bool haveKey;
        YAML::anchor_t anchor;
        std::unordered_map<std::string, size_t> keys;
    };

    void close()
    {
        Frame frame = std::move(m_stack.back());
        m_stack.pop_back();
        // YAML's merge key: "<<: *base" (or a list of them) gives the keys the mapping
        // does not set itself.
        if (frame.isMap && frame.value.contains("<<")) {
            Json merged = std::move(frame.value["<<"]);
            frame.value.erase("<<");
            for (const Json &base : merged.is_array() ? merged : Json::array({merged})) {
                if (!base.is_object())
                    continue;
                for (const auto &[key, value] : base.items()) {
                    if (!frame.value.contains(key))
                        frame.value[key] = value;
                }
            }
        }
        put(std::move(frame.value), frame.anchor);
    }

    void put(Json value, YAML::anchor_t anchor)
    {
        if (anchor != YAML::NullAnchor)
            m_anchors[anchor] = value;
        if (m_stack.empty()) {
            root = std::move(value);
            return;
        }
        Frame &top = m_stack.back();
        if (!top.isMap) {
            top.value.push_back(std::move(value));
        } else if (!top.haveKey) {
            setKey(value.is_string() ? value.get<std::string>() : value.is_null() ? std::string() : value.dump());
        } else {
            setValue(top, std::move(value));
        }
    }

    bool awaitsKey() const { return !m_stack.empty() && m_stack.back().isMap && !m_stack.back().haveKey; }

    void setKey(std::string key)
    {
        m_stack.back().key = std::move(key);
        m_stack.back().haveKey = true;
    }

    static void setValue(Frame &top, Json value)
    {
        // A repeated key: the last one counts. ordered_json looks keys up one by one, so a
        // mapping of a thousand channels would compare every key with every other: past a
        // few keys the frame keeps an index of its own.
        constexpr size_t kIndexFrom = 16;
        auto &entries = top.value.get_ref<Json::object_t &>();
        top.haveKey = false;
        if (entries.size() < kIndexFrom) {
            for (auto &entry : entries) {
                if (entry.first == top.key) {
                    entry.second = std::move(value);
                    return;
                }
            }
        } else {
            if (top.keys.empty()) {
                for (size_t i = 0; i < entries.size(); ++i)
                    top.keys.emplace((entries.begin() + std::ptrdiff_t(i))->first, i);
            }
            const auto [slot, added] = top.keys.try_emplace(top.key, entries.size());
            if (!added) {
                (entries.begin() + std::ptrdiff_t(slot->second))->second = std::move(value);
                return;
            }
        }
        entries.emplace_back(std::move(top.key), std::move(value));
    }

    std::vector<Frame> m_stack;
    std::map<YAML::anchor_t, Json> m_anchors;
};

std::string unescapePointerToken(const std::string &token)
{
    std::string result;
    for (size_t i = 0; i < token.size(); ++i) {
        if (token[i] == '~' && i + 1 < token.size() && (token[i + 1] == '0' || token[i + 1] == '1')) {
            result += token[i + 1] == '0' ? '~' : '/';
            ++i;
        } else {
            result += token[i];
        }
    }
    return result;
}

std::string escapePointerToken(const std::string &token)
{
    std::string result;
    for (char c : token) {
        if (c == '~')
            result += "~0";
        else if (c == '/')
            result += "~1";
        else
            result += c;
    }
    return result;
}

// Reading follows a document's structure; what no schema needs is refused before.
constexpr int kMaxNesting = 1000;

int nestingDepth(const Json &root)
{
    int deepest = 0;
    std::vector<std::pair<const Json *, int>> stack{{&root, 1}};
    while (!stack.empty()) {
        const auto [node, depth] = stack.back();
        stack.pop_back();
        deepest = std::max(deepest, depth);
        if (depth > kMaxNesting)
            break;
        if (node->is_structured()) {
            for (const Json &child : *node)
                stack.push_back({&child, depth + 1});
        }
    }
    return deepest;
}

} // namespace

QString DocumentPlace::display() const
{
    return DocumentSet::displayName(file) + QString::fromStdString(pointer);
}

Result<Json> yamlToJson(const QByteArray &text, const QString &file)
{
    try {
        std::istringstream stream(text.toStdString());
        YAML::Parser parser(stream);
        JsonBuilder builder;
        parser.HandleNextDocument(builder);
        return std::move(builder.root);
    } catch (const YAML::ParserException &e) {
        Error error = makeError(ErrorCode::InvalidInput, DocumentSet::tr("%1:%2:%3: invalid YAML: %4")
                                                             .arg(DocumentSet::displayName(file))
                                                             .arg(e.mark.line + 1)
                                                             .arg(e.mark.column + 1)
                                                             .arg(QString::fromStdString(e.msg)));
        error.line = e.mark.line + 1;
        error.column = e.mark.column + 1;
        return error;
    } catch (const YAML::Exception &e) {
        return makeError(ErrorCode::InvalidInput,
                         DocumentSet::tr("%1: invalid YAML: %2").arg(DocumentSet::displayName(file), QString::fromStdString(e.msg)));
    }
}

QString DocumentSet::displayName(const QString &file)
{
    const QString relative = QDir::current().relativeFilePath(file);
    return relative.startsWith(QLatin1String("..")) ? file : relative;
}

std::string DocumentSet::childPointer(const std::string &pointer, const std::string &key)
{
    return (pointer.empty() ? std::string("#") : pointer) + "/" + escapePointerToken(key);
}

std::string DocumentSet::childPointer(const std::string &pointer, size_t index)
{
    return (pointer.empty() ? std::string("#") : pointer) + "/" + std::to_string(index);
}

DocumentPlace DocumentSet::target(const QString &file, const std::string &reference)
{
    const size_t hash = reference.find('#');
    const std::string path = hash == std::string::npos ? reference : reference.substr(0, hash);
    const std::string pointer = hash == std::string::npos ? std::string("#") : reference.substr(hash);
    if (path.empty())
        return {file, pointer};
    const QString decoded = QUrl::fromPercentEncoding(QByteArray::fromStdString(path));
    return {QFileInfo(QFileInfo(file).dir(), decoded).absoluteFilePath(), pointer};
}

Result<const Json *> DocumentSet::load(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (auto found = m_documents.find(absolute); found != m_documents.end())
        return found.value().get();
    QFile file(absolute);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, tr("cannot read %1: %2").arg(displayName(absolute), file.errorString()));
    const QByteArray text = file.readAll();
    const QByteArray start = text.trimmed().left(1);
    Json document;
    if (start == "{" || start == "[") {
        auto parsed = parseJson(QString::fromUtf8(text), displayName(absolute));
        if (!parsed)
            return parsed.error();
        document = std::move(*parsed);
    } else {
        auto parsed = yamlToJson(text, absolute);
        if (!parsed)
            return parsed.error();
        document = std::move(*parsed);
    }
    if (nestingDepth(document) > kMaxNesting)
        return makeError(ErrorCode::InvalidInput, tr("%1: nested deeper than %2 levels, which no schema needs").arg(displayName(absolute)).arg(kMaxNesting));
    auto stored = std::make_shared<Json>(std::move(document));
    m_documents.insert(absolute, stored);
    return stored.get();
}

Result<ResolvedNode> DocumentSet::find(const QString &file, const std::string &pointer, const DocumentPlace &referrer)
{
    if (file != referrer.file)
        m_referenced.insert(file);
    auto document = load(file);
    if (!document) {
        Error error = document.error();
        error.message = tr("%1: the $ref \"%2\" names a file that cannot be read: %3")
                            .arg(referrer.display(), displayName(file) + QString::fromStdString(pointer), error.message);
        return error;
    }
    const Json *node = *document;
    // Where the walk is: a `$ref` met on the way is followed, as a parser that dereferences
    // the whole document first would read the pointer.
    DocumentPlace here{file, "#"};
    const std::string path = pointer.size() > 1 ? pointer.substr(1) : std::string();
    if (!path.empty() && path.front() != '/')
        return makeError(ErrorCode::InvalidInput, tr("%1: \"%2\" is not a JSON pointer").arg(referrer.display(), QString::fromStdString(pointer)));
    size_t start = 1;
    while (!path.empty() && start <= path.size()) {
        const size_t end = std::min(path.find('/', start), path.size());
        const std::string token = unescapePointerToken(
            QUrl::fromPercentEncoding(QByteArray::fromStdString(path.substr(start, end - start))).toStdString());
        if (node->is_object() && member(*node, "$ref") && !member(*node, token)) {
            auto through = resolve(*node, here);
            if (!through)
                return through.error();
            node = through->node;
            here = through->place;
        }
        const Json *next = nullptr;
        if (node->is_object()) {
            next = member(*node, token);
        } else if (node->is_array() && !token.empty() && std::all_of(token.begin(), token.end(), isDigit)) {
            const size_t index = std::stoul(token);
            if (index < node->size())
                next = &(*node)[index];
        }
        if (!next) {
            return makeError(ErrorCode::NotFound, tr("%1: unresolvable $ref \"%2\": %3 has no \"%4\"")
                                                      .arg(referrer.display(), QString::fromStdString(pointer),
                                                           here.display(), QString::fromStdString(token)));
        }
        node = next;
        here.pointer = childPointer(here.pointer, token);
        start = end + 1;
    }
    return ResolvedNode{node, here};
}

const Json *DocumentSet::member(const Json &object, const std::string &key)
{
    constexpr size_t kSearchedInPlace = 32;
    if (object.size() <= kSearchedInPlace) {
        const auto found = object.find(key);
        return found != object.end() ? &*found : nullptr;
    }
    auto &index = m_memberIndex[&object];
    if (index.empty()) {
        for (auto it = object.begin(); it != object.end(); ++it)
            index.emplace(it.key(), &it.value());
    }
    const auto found = index.find(key);
    return found != index.end() ? found->second : nullptr;
}

Result<ResolvedNode> DocumentSet::resolve(const Json &node, const DocumentPlace &at)
{
    ResolvedNode current{&node, at};
    std::set<std::pair<QString, std::string>> seen;
    while (current.node->is_object() && current.node->contains("$ref")) {
        const Json &reference = (*current.node)["$ref"];
        if (!reference.is_string())
            return makeError(ErrorCode::InvalidInput, tr("%1: $ref is not a string").arg(current.place.display()));
        const DocumentPlace place = target(current.place.file, reference.get<std::string>());
        if (!seen.insert({place.file, place.pointer}).second) {
            return makeError(ErrorCode::InvalidInput, tr("%1: the $ref \"%2\" leads back to itself")
                                                          .arg(at.display(), QString::fromStdString(reference.get<std::string>())));
        }
        auto next = find(place.file, place.pointer, current.place);
        if (!next)
            return next.error();
        current = *next;
    }
    return current;
}

} // namespace mesh::exporters
