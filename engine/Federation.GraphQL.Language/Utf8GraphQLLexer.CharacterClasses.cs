namespace Federation.GraphQL.Language;

// Lookup tables that classify a byte in one load (spec 2.1 Source Text, Appendix C lexical tokens).
public ref partial struct Utf8GraphQLLexer
{
    private enum CharClass : byte
    {
        Other,
        Ignored,
        LineFeed,
        CarriageReturn,
        Hash,
        Punctuator,
        NameStart,
        NumberStart,
        Quote,
        Dot,
        ByteOrderMarkStart,
    }

    private static readonly byte[] s_classes = BuildClasses();
    private static readonly byte[] s_punctuators = BuildPunctuators();

    private static byte[] BuildClasses()
    {
        var classes = new byte[256];
        classes[' '] = classes['\t'] = classes[','] = (byte)CharClass.Ignored;
        classes['\n'] = (byte)CharClass.LineFeed;
        classes['\r'] = (byte)CharClass.CarriageReturn;
        classes['#'] = (byte)CharClass.Hash;
        foreach (var c in "!$&():=@[]{|}")
        {
            classes[c] = (byte)CharClass.Punctuator;
        }

        for (var c = 0; c < 128; c++)
        {
            if (IsNameStart(c)) classes[c] = (byte)CharClass.NameStart;
            if (IsDigit(c) || c == '-') classes[c] = (byte)CharClass.NumberStart;
        }

        classes['"'] = (byte)CharClass.Quote;
        classes['.'] = (byte)CharClass.Dot;
        classes[0xEF] = (byte)CharClass.ByteOrderMarkStart;
        return classes;
    }

    private static byte[] BuildPunctuators()
    {
        var kinds = new byte[128];
        kinds['!'] = (byte)TokenKind.Bang;
        kinds['$'] = (byte)TokenKind.Dollar;
        kinds['&'] = (byte)TokenKind.Amp;
        kinds['('] = (byte)TokenKind.ParenL;
        kinds[')'] = (byte)TokenKind.ParenR;
        kinds[':'] = (byte)TokenKind.Colon;
        kinds['='] = (byte)TokenKind.Equals;
        kinds['@'] = (byte)TokenKind.At;
        kinds['['] = (byte)TokenKind.BracketL;
        kinds[']'] = (byte)TokenKind.BracketR;
        kinds['{'] = (byte)TokenKind.BraceL;
        kinds['|'] = (byte)TokenKind.Pipe;
        kinds['}'] = (byte)TokenKind.BraceR;
        return kinds;
    }

    // NameContinue :: Letter | Digit | `_`, indexed by byte.
    private static ReadOnlySpan<byte> NameContinueTable =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];
}
