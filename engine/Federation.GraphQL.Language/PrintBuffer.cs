using System.Text;

namespace Federation.GraphQL.Language;

/// <summary>
/// A chain of printed pieces with the bookkeeping the printer needs to decide on line breaks: the printed length
/// (counting the indentation that will be added) and the number of line breaks. Indentation is applied when rendering.
/// Pieces are joined by linking, so a buffer belongs to at most one parent.
/// </summary>
internal sealed class PrintBuffer
{
    public static readonly PrintBuffer Empty = new(string.Empty);

    private readonly string _text;
    private PrintBuffer? _next;
    private PrintBuffer _tail;
    private bool _indentBefore;
    private bool _dedentAfter;

    public PrintBuffer(string text)
    {
        _text = text;
        _tail = this;
        Length = text.Length;
        Newlines = text.AsSpan().Count('\n');
    }

    /// <summary>Printed length in UTF-16 units, including indentation added by <see cref="Indent"/>.</summary>
    public int Length { get; private set; }

    public int Newlines { get; private set; }

    public PrintBuffer Append(string text) => text.Length == 0 ? this : Append(new PrintBuffer(text));

    public PrintBuffer Append(PrintBuffer next)
    {
        if (next.Length == 0)
        {
            return this;
        }

        _tail._next = next;
        _tail = next._tail;
        Length += next.Length;
        Newlines += next.Newlines;
        return this;
    }

    /// <summary>Indents every line of this buffer by two spaces, relative to its surroundings.</summary>
    public PrintBuffer Indent()
    {
        if (Length == 0)
        {
            return this;
        }

        _indentBefore = true;
        _tail._dedentAfter = true;
        Length += 2 * (Newlines + 1);
        return this;
    }

    public string Render()
    {
        var output = new StringBuilder(Length + 16);
        var depth = 0;
        for (var part = this; part is not null; part = part._next)
        {
            if (part._indentBefore)
            {
                depth++;
                output.Append("  ");
            }

            var text = part._text.AsSpan();
            var newline = text.IndexOf('\n');
            if (newline < 0)
            {
                output.Append(text);
            }
            else
            {
                // Every line after the first starts at the current indentation, block string lines included.
                output.Append(text[..newline]);
                text = text[(newline + 1)..];
                while (true)
                {
                    output.Append('\n').Append(' ', depth * 2);
                    newline = text.IndexOf('\n');
                    if (newline < 0)
                    {
                        output.Append(text);
                        break;
                    }

                    output.Append(text[..newline]);
                    text = text[(newline + 1)..];
                }
            }

            if (part._dedentAfter)
            {
                depth--;
            }
        }

        return output.ToString();
    }
}
