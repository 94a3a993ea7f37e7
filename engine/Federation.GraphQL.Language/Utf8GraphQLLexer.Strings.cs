using System.Buffers;
using System.Text;

namespace Federation.GraphQL.Language;

// Spec 2.9.4 String Value: scanning validates the token; the value is cooked only when the parser asks for it.
public ref partial struct Utf8GraphQLLexer
{
    // StringValue :: `"` StringCharacter* `"`
    private void ReadString(int start)
    {
        var source = _source;
        var position = start + 1;
        var hasEscapes = false;
        while ((uint)position < (uint)source.Length)
        {
            var code = source[position];
            if (code == '"')
            {
                Kind = TokenKind.String;
                End = position + 1;
                _position = End;
                HasEscapes = hasEscapes;
                return;
            }

            if (code == '\\')
            {
                hasEscapes = true;
                position += ReadEscape(position, out _, out _);
                continue;
            }

            if (code == '\n' || code == '\r')
            {
                break;
            }

            if (code < 0x80)
            {
                position++;
                continue;
            }

            var size = ScalarSize(position);
            if (size == 0)
            {
                ThrowAt(position, $"Invalid character within String: {DescribeCharacter(position)}.");
            }

            position += size;
        }

        ThrowAt(position, "Unterminated string.");
    }

    /// <summary>Validates the escape sequence at <paramref name="position"/> (a backslash) and returns its length in bytes and its value (one or two UTF-16 units).</summary>
    private readonly int ReadEscape(int position, out char first, out char second)
    {
        second = '\0';
        var next = Peek(position + 1);
        if (next == 'u')
        {
            return Peek(position + 2) == '{'
                ? ReadVariableWidthUnicode(position, out first, out second)
                : ReadFixedWidthUnicode(position, out first, out second);
        }

        first = next switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => '\0',
        };

        if (first == '\0')
        {
            ThrowAt(position, $"Invalid character escape sequence: \"{SourceText(position, 2)}\".");
        }

        return 2;
    }

    // EscapedUnicode :: { HexDigit+ }
    private readonly int ReadVariableWidthUnicode(int position, out char first, out char second)
    {
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var code = Peek(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsScalarValue(point))
                {
                    break;
                }

                return Split(point, size, out first, out second);
            }

            point = (point << 4) | HexValue(code);
            if (point < 0)
            {
                break;
            }
        }

        ThrowAt(position, $"Invalid Unicode escape sequence: \"{SourceText(position, size)}\".");
        first = second = default;
        return 0;
    }

    // EscapedUnicode :: HexDigit HexDigit HexDigit HexDigit (a surrogate pair is accepted as two escapes, as graphql-js does)
    private readonly int ReadFixedWidthUnicode(int position, out char first, out char second)
    {
        var code = Read16BitHex(position + 2);
        if (IsScalarValue(code))
        {
            return Split(code, 6, out first, out second);
        }

        if (char.IsHighSurrogate((char)code) && code <= 0xFFFF && Peek(position + 6) == '\\' && Peek(position + 7) == 'u')
        {
            var trailing = Read16BitHex(position + 8);
            if (trailing >= 0xDC00 && trailing <= 0xDFFF)
            {
                first = (char)code;
                second = (char)trailing;
                return 12;
            }
        }

        ThrowAt(position, $"Invalid Unicode escape sequence: \"{SourceText(position, 6)}\".");
        first = second = default;
        return 0;
    }

    private static int Split(int point, int size, out char first, out char second)
    {
        if (point < 0x10000)
        {
            first = (char)point;
            second = '\0';
        }
        else
        {
            point -= 0x10000;
            first = (char)(0xD800 + (point >> 10));
            second = (char)(0xDC00 + (point & 0x3FF));
        }

        return size;
    }

    private readonly int Read16BitHex(int position)
        => (HexValue(Peek(position)) << 12) | (HexValue(Peek(position + 1)) << 8)
            | (HexValue(Peek(position + 2)) << 4) | HexValue(Peek(position + 3));

    private static int HexValue(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    private static bool IsScalarValue(int code) => (code >= 0 && code <= 0xD7FF) || (code >= 0xE000 && code <= 0x10FFFF);

    private readonly string SourceText(int position, int length)
    {
        var end = Math.Min(_source.Length, position + length);
        return Encoding.UTF8.GetString(_source[position..end]);
    }

    // BlockString :: `"""` BlockStringCharacter* `"""`
    private void ReadBlockString(int start)
    {
        var source = _source;
        var position = start + 3;
        while ((uint)position < (uint)source.Length)
        {
            var code = source[position];
            if (code == '"' && Peek(position + 1) == '"' && Peek(position + 2) == '"')
            {
                Kind = TokenKind.BlockString;
                End = position + 3;
                _position = End;
                return;
            }

            if (code == '\\' && Peek(position + 1) == '"' && Peek(position + 2) == '"' && Peek(position + 3) == '"')
            {
                position += 4;
                continue;
            }

            if (code == '\n' || code == '\r')
            {
                position += code == '\r' && Peek(position + 1) == '\n' ? 2 : 1;
                NewLine(position);
                continue;
            }

            if (code < 0x80)
            {
                position++;
                continue;
            }

            var size = ScalarSize(position);
            if (size == 0)
            {
                ThrowAt(position, $"Invalid character within String: {DescribeCharacter(position)}.");
            }

            position += size;
        }

        ThrowAt(position, "Unterminated string.");
    }

    /// <summary>The value of the current String or BlockString token (escapes resolved, block string indentation removed).</summary>
    public readonly string GetStringValue()
    {
        if (Kind == TokenKind.BlockString)
        {
            return GetBlockStringValue();
        }

        var content = _source.Slice(Start + 1, End - Start - 2);
        if (!HasEscapes)
        {
            return content.Length == 0 ? string.Empty : Encoding.UTF8.GetString(content);
        }

        // Every escape is at least as long in bytes as in UTF-16 units, so the byte length bounds the result.
        char[]? rented = null;
        var buffer = content.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(content.Length));
        var length = 0;
        var position = Start + 1;
        var end = End - 1;
        var chunkStart = position;
        while (position < end)
        {
            if (_source[position] != '\\')
            {
                position++;
                continue;
            }

            length += Encoding.UTF8.GetChars(_source[chunkStart..position], buffer[length..]);
            position += ReadEscape(position, out var first, out var second);
            buffer[length++] = first;
            if (second != '\0')
            {
                buffer[length++] = second;
            }

            chunkStart = position;
        }

        length += Encoding.UTF8.GetChars(_source[chunkStart..end], buffer[length..]);
        var value = new string(buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return value;
    }

    // Spec 2.9.4 BlockStringValue(): drop the common indentation of all lines but the first, then blank leading and trailing lines.
    private readonly string GetBlockStringValue()
    {
        var contentStart = Start + 3;
        var contentEnd = End - 3;
        var commonIndent = int.MaxValue;
        var firstNonEmpty = -1;
        var lastNonEmpty = -1;
        var index = 0;
        for (var position = contentStart; position <= contentEnd; index++)
        {
            var lineEnd = NextLineEnd(position, contentEnd, out var next);
            var indent = LeadingWhitespace(position, lineEnd);
            if (indent < lineEnd - position)
            {
                if (firstNonEmpty < 0)
                {
                    firstNonEmpty = index;
                }

                lastNonEmpty = index;
                if (index != 0 && indent < commonIndent)
                {
                    commonIndent = indent;
                }
            }

            position = next;
        }

        if (firstNonEmpty < 0)
        {
            return string.Empty;
        }

        char[]? rented = null;
        var capacity = contentEnd - contentStart;
        var buffer = capacity <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(capacity));
        var length = 0;
        index = 0;
        for (var position = contentStart; position <= contentEnd && index <= lastNonEmpty; index++)
        {
            var lineEnd = NextLineEnd(position, contentEnd, out var next);
            if (index >= firstNonEmpty)
            {
                if (index > firstNonEmpty)
                {
                    buffer[length++] = '\n';
                }

                var lineStart = index == 0 ? position : Math.Min(lineEnd, position + commonIndent);
                length += AppendBlockLine(_source[lineStart..lineEnd], buffer[length..]);
            }

            position = next;
        }

        var value = new string(buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return value;
    }

    /// <summary>The end of the line starting at <paramref name="position"/>; <paramref name="next"/> is the start of the following line (past the end when this is the last).</summary>
    private readonly int NextLineEnd(int position, int contentEnd, out int next)
    {
        var slice = _source[position..contentEnd];
        var offset = slice.IndexOfAny((byte)'\n', (byte)'\r');
        if (offset < 0)
        {
            next = contentEnd + 1;
            return contentEnd;
        }

        var lineEnd = position + offset;
        next = lineEnd + (_source[lineEnd] == '\r' && lineEnd + 1 < contentEnd && _source[lineEnd + 1] == '\n' ? 2 : 1);
        return lineEnd;
    }

    private readonly int LeadingWhitespace(int position, int lineEnd)
    {
        var i = position;
        while (i < lineEnd && (_source[i] == ' ' || _source[i] == '\t'))
        {
            i++;
        }

        return i - position;
    }

    private static int AppendBlockLine(ReadOnlySpan<byte> line, Span<char> destination)
    {
        var written = 0;
        while (true)
        {
            var escape = line.IndexOf("\\\"\"\""u8);
            if (escape < 0)
            {
                return written + Encoding.UTF8.GetChars(line, destination[written..]);
            }

            written += Encoding.UTF8.GetChars(line[..escape], destination[written..]);
            line = line[(escape + 1)..];
            // Keep the three quotes; the next search starts after them so that \"""" is handled once.
            written += Encoding.UTF8.GetChars(line[..3], destination[written..]);
            line = line[3..];
        }
    }
}
