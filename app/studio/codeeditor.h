#pragma once

#include <QPlainTextEdit>

namespace mesh::app {

// A plain-text editor for schemas: a monospaced font, line numbers in a margin, and one
// line that can be marked as wrong (where the parser stopped).
class CodeEditor final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CodeEditor(QWidget *parent = nullptr);

    // Marks line `line` (1-based) and puts a marker in the margin; 0 clears the mark.
    void setErrorLine(int line);
    int errorLine() const { return m_errorLine; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    friend class LineNumberArea;
    int lineNumberWidth() const;
    void paintLineNumbers(QPaintEvent *event);
    void updateMargin();
    void highlightLines();

    QWidget *m_lineNumbers;
    int m_errorLine = 0;
};

} // namespace mesh::app
