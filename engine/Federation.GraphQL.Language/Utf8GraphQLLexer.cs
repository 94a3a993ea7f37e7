using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;

namespace Federation.GraphQL.Language;

/// <summary>
/// Reads GraphQL tokens from UTF-8 bytes (spec 2.1 Source Text, Appendix C lexical grammar). The current token is
/// described by <see cref="Kind"/>, <see cref="Start"/>, <see cref="End"/>, <see cref="Line"/> and <see cref="Column"/>;
/// its text is a slice of the source. Columns count UTF-16 code units, as graphql-js does.
/// </summary>
public ref partial struct Utf8GraphQLLexer
{
    private readonly ReadOnlySpan<byte> _source;
    private int _position;
    private int _line;
    private int _lineStart;
    // UTF-8 bytes minus UTF-16 code units for what was read on the current line before _position.
    private int _lineAdjust;

    public Utf8GraphQLLexer(ReadOnlySpan<byte> source)
    {
        _source = source;
        _line = 1;
        Kind = TokenKind.StartOfFile;
        Line = 1;
        Column = 0;
    }

    public TokenKind Kind { get; private set; }
    /// <summary>Byte offset of the first byte of the current token.</summary>
    public int Start { get; private set; }
    /// <summary>Byte offset just past the current token.</summary>
    public int End { get; private set; }
    public int Line { get; private set; }
    public int Column { get; private set; }
    /// <summary>True when the current string token contains escape sequences (its value is not its raw text).</summary>
    public bool HasEscapes { get; private set; }

    public readonly ReadOnlySpan<byte> Source => _source;

    /// <summary>The raw bytes of the current token.</summary>
    public readonly ReadOnlySpan<byte> Raw => _source.Slice(Start, End - Start);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool IsName(ReadOnlySpan<byte> keyword)
        => Kind == TokenKind.Name && _source.Slice(Start, End - Start).SequenceEqual(keyword);

    /// <summary>Reads the next token; returns false at the end of the source. Throws <see cref="GraphQLSyntaxException"/> on a lexical error.</summary>
    public bool Read()
    {
        var source = _source;
        var position = _position;
        while ((uint)position < (uint)source.Length)
        {
            var code = source[position];
            switch ((CharClass)s_classes[code])
            {
                case CharClass.Ignored:
                    position++;
                    // Indentation comes in runs: short ones byte by byte, long ones vectorized.
                    if ((uint)position < (uint)source.Length && source[position] == ' ')
                    {
                        position++;
                        var limit = Math.Min(source.Length, position + 8);
                        while (position < limit && source[position] == ' ')
                        {
                            position++;
                        }

                        if (position == limit && position < source.Length)
                        {
                            var run = source[position..].IndexOfAnyExcept((byte)' ');
                            position = run < 0 ? source.Length : position + run;
                        }
                    }

                    continue;
                case CharClass.LineFeed:
                    position++;
                    NewLine(position);
                    continue;
                case CharClass.CarriageReturn:
                    position += Peek(position + 1) == '\n' ? 2 : 1;
                    NewLine(position);
                    continue;
                case CharClass.Hash:
                    position = SkipComment(position);
                    continue;
                case CharClass.Punctuator:
                    BeginToken(position);
                    Kind = (TokenKind)s_punctuators[code];
                    End = position + 1;
                    _position = End;
                    return true;
                case CharClass.NameStart:
                    BeginToken(position);
                    ReadName(position);
                    return true;
                case CharClass.NumberStart:
                    BeginToken(position);
                    ReadNumber(position, code);
                    return true;
                case CharClass.Quote:
                    BeginToken(position);
                    if (Peek(position + 1) == '"' && Peek(position + 2) == '"')
                    {
                        ReadBlockString(position);
                    }
                    else
                    {
                        ReadString(position);
                    }

                    return true;
                case CharClass.Dot:
                    if (Peek(position + 1) == '.' && Peek(position + 2) == '.')
                    {
                        BeginToken(position);
                        Kind = TokenKind.Spread;
                        End = position + 3;
                        _position = End;
                        return true;
                    }

                    ThrowBadDot(position);
                    break;
                case CharClass.ByteOrderMarkStart when Peek(position + 1) == 0xBB && Peek(position + 2) == 0xBF:
                    // Spec 2.1.1 Unicode BOM: ignored; one UTF-16 unit for three bytes.
                    position += 3;
                    _lineAdjust += 2;
                    continue;
            }

            ThrowUnexpectedCharacter(position);
        }

        _position = position;
        Kind = TokenKind.EndOfFile;
        BeginToken(source.Length);
        End = source.Length;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly int Peek(int position) => (uint)position < (uint)_source.Length ? _source[position] : -1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void NewLine(int position)
    {
        _line++;
        _lineStart = position;
        _lineAdjust = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void BeginToken(int position)
    {
        Start = position;
        Line = _line;
        Column = position - _lineStart - _lineAdjust + 1;
        HasEscapes = false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsDigit(int code) => (uint)(code - '0') <= 9;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsNameStart(int code) => (uint)((code | 0x20) - 'a') <= 'z' - 'a' || code == '_';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsNameContinue(int code) => IsNameStart(code) || IsDigit(code);

    // Comment :: # CommentChar* [lookahead != CommentChar]
    private int SkipComment(int position)
    {
        var source = _source;
        position++;
        while ((uint)position < (uint)source.Length)
        {
            var code = source[position];
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
                // Not a Unicode scalar value: the comment ends; the main loop reports the character.
                break;
            }

            position += size;
        }

        return position;
    }

    /// <summary>Length in bytes of the valid UTF-8 scalar at <paramref name="position"/> (0 when invalid); tracks the column adjustment.</summary>
    private int ScalarSize(int position)
    {
        if (Rune.DecodeFromUtf8(_source[position..], out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
        {
            return 0;
        }

        _lineAdjust += consumed - rune.Utf16SequenceLength;
        return consumed;
    }

    // Name :: NameStart NameContinue* [lookahead != NameContinue]
    private void ReadName(int start)
    {
        var source = _source;
        var position = start + 1;
        var table = NameContinueTable;
        while ((uint)position < (uint)source.Length && table[source[position]] != 0)
        {
            position++;
        }

        Kind = TokenKind.Name;
        End = position;
        _position = position;
    }

    // IntValue :: IntegerPart [lookahead != {Digit, `.`, NameStart}]
    // FloatValue :: IntegerPart FractionalPart? ExponentPart? [lookahead != {Digit, `.`, NameStart}]
    private void ReadNumber(int start, int code)
    {
        var position = start;
        var isFloat = false;
        if (code == '-')
        {
            code = Peek(++position);
        }

        if (code == '0')
        {
            code = Peek(++position);
            if (IsDigit(code))
            {
                ThrowAt(position, $"Invalid number, unexpected digit after 0: {DescribeCharacter(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = Peek(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = Peek(++position);
            position = ReadDigits(position, code);
            code = Peek(position);
        }

        if (code == 'e' || code == 'E')
        {
            isFloat = true;
            code = Peek(++position);
            if (code == '+' || code == '-')
            {
                code = Peek(++position);
            }

            position = ReadDigits(position, code);
            code = Peek(position);
        }

        if (code == '.' || IsNameStart(code))
        {
            ThrowAt(position, $"Invalid number, expected digit but got: {DescribeCharacter(position)}.");
        }

        Kind = isFloat ? TokenKind.Float : TokenKind.Int;
        End = position;
        _position = position;
    }

    private readonly int ReadDigits(int position, int code)
    {
        if (!IsDigit(code))
        {
            ThrowAt(position, $"Invalid number, expected digit but got: {DescribeCharacter(position)}.");
        }

        position++;
        while (IsDigit(Peek(position)))
        {
            position++;
        }

        return position;
    }

    /// <summary>How graphql-js prints the character at a position in an error message: "x", '"', U+XXXX or &lt;EOF&gt;.</summary>
    internal readonly string DescribeCharacter(int position)
    {
        if ((uint)position >= (uint)_source.Length)
        {
            return "<EOF>";
        }

        int code = _source[position];
        if (code >= 0x80)
        {
            code = Rune.DecodeFromUtf8(_source[position..], out var rune, out _) == System.Buffers.OperationStatus.Done
                ? rune.Value
                : 0xFFFD;
        }

        if (code >= 0x20 && code <= 0x7E)
        {
            return code == '"' ? "'\"'" : "\"" + (char)code + "\"";
        }

        return "U+" + code.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Column (UTF-16 units, 1-based) of a byte position on the current line, valid for positions already read.</summary>
    private readonly int ColumnAt(int position) => position - _lineStart - _lineAdjust + 1;

    [DoesNotReturn]
    private readonly void ThrowAt(int position, string message)
        => throw new GraphQLSyntaxException("Syntax Error: " + message, position, _line, ColumnAt(position));

    [DoesNotReturn]
    private readonly void ThrowBadDot(int position)
    {
        var next = Peek(position + 1);
        if (next == '.')
        {
            ThrowAt(position, "Unexpected \"..\", did you mean \"...\"?");
        }

        if (IsDigit(next))
        {
            var end = position + 1;
            while (IsDigit(Peek(end)))
            {
                end++;
            }

            var digits = Encoding.ASCII.GetString(_source.Slice(position + 1, end - position - 1));
            ThrowAt(position, $"Invalid number, expected digit before \".\", did you mean \"0.{digits}\"?");
        }

        ThrowAt(position, "Unexpected character: \".\".");
    }

    [DoesNotReturn]
    private readonly void ThrowUnexpectedCharacter(int position)
    {
        var code = _source[position];
        if (code == '\'')
        {
            ThrowAt(position, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
        }

        if (code >= 0x80 && Rune.DecodeFromUtf8(_source[position..], out _, out _) != System.Buffers.OperationStatus.Done)
        {
            ThrowAt(position, $"Invalid character: {DescribeCharacter(position)}.");
        }

        ThrowAt(position, $"Unexpected character: {DescribeCharacter(position)}.");
    }
}
