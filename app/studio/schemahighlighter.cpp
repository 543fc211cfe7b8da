#include "app/studio/schemahighlighter.h"

namespace mesh::app {

namespace {

QTextCharFormat coloured(const QColor &colour, bool bold = false)
{
    QTextCharFormat format;
    format.setForeground(colour);
    if (bold)
        format.setFontWeight(QFont::Bold);
    return format;
}

} // namespace

SchemaHighlighter::SchemaHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    const QTextCharFormat key = coloured(QColor(0x1a, 0x4f, 0x9c));
    const QTextCharFormat string = coloured(QColor(0x2e, 0x7d, 0x32));
    const QTextCharFormat number = coloured(QColor(0xad, 0x14, 0x57));
    const QTextCharFormat keyword = coloured(QColor(0x6a, 0x1b, 0x9a), true);
    m_comment = coloured(QColor(0x75, 0x75, 0x75));
    m_comment.setFontItalic(true);

    // Later rules win where they overlap: a key is a string followed by a colon.
    m_jsonRules = {
        {QRegularExpression(QStringLiteral(R"(-?\b\d+(\.\d+)?([eE][+-]?\d+)?\b)")), number},
        {QRegularExpression(QStringLiteral(R"(\b(true|false|null)\b)")), keyword},
        {QRegularExpression(QStringLiteral(R"("(?:[^"\\]|\\.)*")")), string},
        {QRegularExpression(QStringLiteral(R"(("(?:[^"\\]|\\.)*")\s*:)")), key, 1},
    };
    m_protoRules = {
        {QRegularExpression(QStringLiteral(R"(\b\d+\b)")), number},
        {QRegularExpression(QStringLiteral(R"(\b(double|float|int32|int64|uint32|uint64|sint32|sint64|fixed32|fixed64|sfixed32|)"
                                           R"(sfixed64|bool|string|bytes|map)\b)")),
         key},
        {QRegularExpression(QStringLiteral(R"(\b(syntax|package|import|public|weak|option|message|enum|oneof|repeated|optional|)"
                                           R"(required|reserved|to|max|service|rpc|returns|stream|extend|extensions)\b)")),
         keyword},
        {QRegularExpression(QStringLiteral(R"("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')")), string},
        {QRegularExpression(QStringLiteral(R"(//.*$)")), m_comment},
    };
}

void SchemaHighlighter::setFormat(catalog::SchemaFormat format)
{
    if (format == m_format)
        return;
    m_format = format;
    rehighlight();
}

void SchemaHighlighter::highlightBlock(const QString &text)
{
    const QList<Rule> &rules = m_format == catalog::SchemaFormat::Protobuf ? m_protoRules : m_jsonRules;
    for (const Rule &rule : rules) {
        for (auto it = rule.pattern.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            QSyntaxHighlighter::setFormat(int(match.capturedStart(rule.group)), int(match.capturedLength(rule.group)), rule.format);
        }
    }
    if (m_format != catalog::SchemaFormat::Protobuf)
        return;
    // Block comments may span lines: the state says whether this line starts inside one.
    setCurrentBlockState(0);
    qsizetype start = previousBlockState() == 1 ? 0 : text.indexOf(QLatin1String("/*"));
    while (start >= 0) {
        const qsizetype end = text.indexOf(QLatin1String("*/"), start + (previousBlockState() == 1 && start == 0 ? 0 : 2));
        const qsizetype length = end < 0 ? text.size() - start : end - start + 2;
        if (end < 0)
            setCurrentBlockState(1);
        QSyntaxHighlighter::setFormat(int(start), int(length), m_comment);
        start = end < 0 ? -1 : text.indexOf(QLatin1String("/*"), start + length);
    }
}

} // namespace mesh::app
