#include "exporters/jsontext.h"

#include <QCoreApplication>

#include <yaml-cpp/yaml.h>

#include <set>

namespace mesh::exporters {

using namespace mesh::catalog;

namespace {

// A plain YAML scalar that a reader would take for something else ("true", "1.0", "null",
// "0x1F", "~", ": x") must be quoted to stay a string.
bool needsQuotes(const std::string &text)
{
    if (text.empty())
        return true;
    // Most strings are names and sentences: a letter first, then nothing YAML gives a meaning.
    const bool looksPlain = std::isalpha(static_cast<unsigned char>(text.front()))
                            && std::all_of(text.begin(), text.end(), [](unsigned char c) {
                                   return std::isalnum(c) || c == ' ' || c == '_' || c == '.' || c == '-' || c == '/' || c >= 0x80;
                               })
                            && text.back() != ' ';
    if (looksPlain) {
        // Only a few plain words mean something else: booleans and null, in any case.
        if (text.size() > 5)
            return false;
        std::string lower = text;
        std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
        static const std::set<std::string> kSpecial = {"true", "false", "yes", "no", "on", "off", "null", "y", "n"};
        return kSpecial.count(lower) > 0;
    }
    // A control character (a carriage return, a tab) is a line break or worse to some YAML
    // readers, whatever yaml-cpp makes of it: only a quoted scalar keeps it.
    if (std::any_of(text.begin(), text.end(), [](unsigned char c) { return c < 0x20 || c == 0x7f; }))
        return true;
    try {
        const YAML::Node node = YAML::Load(text);
        if (!node.IsScalar() || node.Tag() != "?")
            return true;
        if (node.Scalar() != text)
            return true;
        // Plain scalars that resolve to another type.
        static const char *const kSpecial[] = {"true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"};
        std::string lower = text;
        std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
        for (const char *special : kSpecial) {
            if (lower == special)
                return true;
        }
        double number;
        if (YAML::convert<double>::decode(node, number))
            return true;
        return false;
    } catch (const YAML::Exception &) {
        return true;
    }
}

// A block scalar keeps multi-line text (a .proto schema, a long description) readable:
// "|" with the chomping that gives back exactly the text's final newlines.
bool fitsLiteralBlock(const std::string &text)
{
    return text.find('\n') != std::string::npos
           && std::none_of(text.begin(), text.end(), [](unsigned char c) { return (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f; });
}

void appendLiteralBlock(std::string &out, const std::string &text, int indent)
{
    out += '|';
    if (!text.empty() && (text.front() == ' ' || text.front() == '\n'))
        out += '2';   // the indentation cannot be guessed from a first line that starts blank
    size_t trailing = 0;
    while (trailing < text.size() && text[text.size() - 1 - trailing] == '\n')
        ++trailing;
    out += trailing == 0 ? "-" : trailing == 1 ? "" : "+";
    out += '\n';
    const std::string body = text.substr(0, text.size() - trailing);
    size_t start = 0;
    while (start <= body.size()) {
        const size_t end = std::min(body.find('\n', start), body.size());
        if (end > start)
            out.append(size_t(indent), ' ').append(body, start, end - start);
        out += '\n';
        start = end + 1;
    }
    for (size_t i = 1; i < trailing; ++i)
        out += '\n';
}

std::string scalarText(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::string: {
        const std::string &text = value.get_ref<const std::string &>();
        return needsQuotes(text) ? value.dump(-1, ' ', false, Json::error_handler_t::replace) : text;
    }
    case Json::value_t::null:
        return "null";
    case Json::value_t::object:
        return "{}";
    case Json::value_t::array:
        return "[]";
    default:   // booleans and numbers, written as JSON writes them
        return value.dump();
    }
}

// Block-style YAML written straight from the tree: yaml-cpp's emitter takes seconds on a
// large export, and a JSON-quoted string is a valid YAML double-quoted scalar.
class YamlWriter
{
public:
    std::string text;

    void mapping(const Json &object, int indent, bool firstOnCurrentLine)
    {
        bool first = true;
        for (const auto &[key, item] : object.items()) {
            if (!(first && firstOnCurrentLine))
                text.append(size_t(indent), ' ');
            first = false;
            text += needsQuotes(key) ? Json(key).dump(-1, ' ', false, Json::error_handler_t::replace) : key;
            text += ':';
            value(item, indent);
        }
    }

    void sequence(const Json &array, int indent)
    {
        for (const Json &item : array) {
            text.append(size_t(indent), ' ');
            text += '-';
            value(item, indent, true);
        }
    }

private:
    // What follows "key:" or "-": a nested block, or a scalar on the same line. A mapping
    // in a sequence starts on the dash's line ("- name: x").
    void value(const Json &item, int indent, bool inSequence = false)
    {
        if (item.is_object() && !item.empty()) {
            text += inSequence ? ' ' : '\n';
            mapping(item, indent + 2, inSequence);
        } else if (item.is_array() && !item.empty()) {
            text += '\n';
            sequence(item, indent + 2);
        } else {
            text += ' ';
            scalar(item, indent + 2);
        }
    }

    void scalar(const Json &item, int indent)
    {
        if (item.is_string() && fitsLiteralBlock(item.get_ref<const std::string &>())) {
            appendLiteralBlock(text, item.get_ref<const std::string &>(), indent);
            return;
        }
        text += scalarText(item);
        text += '\n';
    }
};

// "[json.exception.parse_error.101] parse error at line 4, column 10: syntax error…" → the
// part after the position, which the caller's message already gives.
QString parserMessage(const char *what)
{
    const QString text = QString::fromUtf8(what);
    const qsizetype column = text.indexOf(QLatin1String("column "));
    const qsizetype colon = column < 0 ? -1 : text.indexOf(QLatin1String(": "), column);
    return colon < 0 ? text : text.mid(colon + 2);
}

} // namespace

QByteArray jsonBytes(const Json &value)
{
    std::string text = value.dump(2, ' ', false, Json::error_handler_t::replace);
    text += '\n';
    return QByteArray::fromStdString(text);
}

QByteArray yamlBytes(const Json &value)
{
    YamlWriter writer;
    if (value.is_object() && !value.empty())
        writer.mapping(value, 0, false);
    else if (value.is_array() && !value.empty())
        writer.sequence(value, 0);
    else
        writer.text = scalarText(value) + '\n';
    return QByteArray::fromStdString(writer.text);
}

Result<Json> parseJson(const QString &text, const QString &what)
{
    const std::string bytes = utf8(text);
    try {
        return Json::parse(bytes);
    } catch (const Json::parse_error &error) {
        // Line and column of the byte the parser stopped at.
        int line = 1, column = 1;
        for (size_t i = 0; i + 1 < error.byte && i < bytes.size(); ++i) {
            if (bytes[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        Error failure{ErrorCode::InvalidInput,
                      QCoreApplication::translate("mesh::exporters::JsonText", "%1, line %2, column %3: %4")
                          .arg(what)
                          .arg(line)
                          .arg(column)
                          .arg(parserMessage(error.what())),
                      {}};
        failure.line = line;
        return failure;
    }
}

} // namespace mesh::exporters

#include <QJsonArray>
#include <QJsonObject>

namespace mesh::exporters {

Json toJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (number == double(qint64(number)) && std::abs(number) < 9.0e15)
            return qint64(number);
        return number;
    }
    case QJsonValue::String:
        return utf8(value.toString());
    case QJsonValue::Array: {
        Json array = Json::array();
        for (const QJsonValue &item : value.toArray())
            array.push_back(toJson(item));
        return array;
    }
    case QJsonValue::Object: {
        Json object = Json::object();
        const QJsonObject source = value.toObject();
        for (auto it = source.begin(); it != source.end(); ++it)
            object[utf8(it.key())] = toJson(it.value());
        return object;
    }
    default:
        return nullptr;
    }
}

} // namespace mesh::exporters
