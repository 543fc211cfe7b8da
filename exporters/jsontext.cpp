#include "exporters/jsontext.h"

#include <QCoreApplication>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <ostream>
#include <set>

namespace mesh::exporters {

using namespace mesh::catalog;

namespace {

// Most strings are names and sentences: a letter first, then nothing YAML gives a meaning.
bool looksPlain(const std::string &text, bool asciiOnly)
{
    return !text.empty() && std::isalpha(static_cast<unsigned char>(text.front()))
           && std::all_of(text.begin(), text.end(),
                          [asciiOnly](unsigned char c) {
                              return std::isalnum(c) || c == ' ' || c == '_' || c == '.' || c == '-' || c == '/' || (c >= 0x80 && !asciiOnly);
                          })
           && text.back() != ' ';
}

// Only a few plain words mean something else: booleans and null, in any case.
bool isSpecialWord(const std::string &text)
{
    if (text.size() > 5)
        return false;
    std::string lower = text;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    static const std::set<std::string> kSpecial = {"true", "false", "yes", "no", "on", "off", "null", "y", "n"};
    return kSpecial.count(lower) > 0;
}

// A plain YAML scalar that a reader would take for something else ("true", "1.0", "null",
// "0x1F", "~", ": x") must be quoted to stay a string.
bool needsQuotes(const std::string &text)
{
    if (text.empty())
        return true;
    if (looksPlain(text, false))
        return isSpecialWord(text);
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

// A literal block ("|") keeps multi-line text (a .proto schema, a long description)
// readable. yaml-cpp writes it without chomping or indentation indicators, which gives the
// text back exactly when it ends with one line break, starts with neither a space nor a
// line break, and holds no other control character; anything else is double-quoted.
bool fitsLiteralBlock(const std::string &text)
{
    return text.size() >= 2 && text.back() == '\n' && text[text.size() - 2] != '\n' && text.front() != ' ' && text.front() != '\n'
           && text.find(" \n") == std::string::npos
           && std::none_of(text.begin(), text.end(), [](unsigned char c) { return (c < 0x20 && c != '\n') || c == 0x7f; });
}

// An ASCII string that looksPlain() is one yaml-cpp writes plain, character for character;
// yaml-cpp's own check of that (a pattern match per character) was most of a large export's
// time. Written as a streamable value, which the emitter puts down as a scalar unchecked.
struct KnownPlainScalar {
    const std::string &text;
};

std::ostream &operator<<(std::ostream &stream, const KnownPlainScalar &scalar)
{
    return stream << scalar.text;
}

void emitString(YAML::Emitter &out, const std::string &text, bool allowBlock)
{
    // (yaml-cpp writes a key over 1,024 characters as an explicit "? " key.)
    if (text.size() <= 1024 && looksPlain(text, true) && !isSpecialWord(text))
        out.WriteIntegralType(KnownPlainScalar{text});
    else if (allowBlock && fitsLiteralBlock(text))
        out << YAML::Literal << text;
    else if (needsQuotes(text) || text.find('\n') != std::string::npos)
        out << YAML::DoubleQuoted << text;
    else
        out << text;   // plain, unless yaml-cpp finds it must be quoted
}

void emitValue(YAML::Emitter &out, const Json &value)
{
    switch (value.type()) {
    case Json::value_t::object:
        out << (value.empty() ? YAML::Flow : YAML::Block) << YAML::BeginMap;
        for (const auto &[key, item] : value.items()) {
            out << YAML::Key;
            emitString(out, key, false);
            out << YAML::Value;
            emitValue(out, item);
        }
        out << YAML::EndMap;
        break;
    case Json::value_t::array:
        out << (value.empty() ? YAML::Flow : YAML::Block) << YAML::BeginSeq;
        for (const Json &item : value)
            emitValue(out, item);
        out << YAML::EndSeq;
        break;
    case Json::value_t::string:
        emitString(out, value.get_ref<const std::string &>(), true);
        break;
    case Json::value_t::null:
        out << YAML::Null;   // "~"
        break;
    default:   // booleans and numbers, written as JSON writes them
        out << value.dump();
        break;
    }
}

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

QByteArray yamlBytes(const Json &value)
{
    YAML::Emitter out;
    out.SetIndent(2);
    emitValue(out, value);
    QByteArray bytes(out.c_str(), qsizetype(out.size()));
    bytes += '\n';
    return bytes;
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
