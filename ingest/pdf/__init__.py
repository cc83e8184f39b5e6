"""Reading a PDF's layout into the document model: words, lines, columns, running lines, tables, blocks."""
