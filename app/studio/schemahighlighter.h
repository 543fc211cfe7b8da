#pragma once

#include "catalog/model/schemaversion.h"

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace mesh::app {

// Colours a schema's text by its format: keys, strings, numbers and keywords of JSON (Avro
// and JSON Schema), or the keywords, types, strings and comments of a .proto file.
class SchemaHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit SchemaHighlighter(QTextDocument *document);
    void setFormat(catalog::SchemaFormat format);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule {
        QRegularExpression pattern;
        QTextCharFormat format;
        int group = 0;
    };
    QList<Rule> m_jsonRules;
    QList<Rule> m_protoRules;
    catalog::SchemaFormat m_format = catalog::SchemaFormat::Avro;
    QTextCharFormat m_comment;
};

} // namespace mesh::app
