using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Federation.GraphQL.Language;

// Syntax errors, worded as graphql-js words them, at the line and column graphql-js reports.
public ref partial struct Parser
{
    private static string DescribeToken(in Utf8GraphQLLexer token)
    {
        var kind = TokenKindText.Describe(token.Kind);
        return token.Kind switch
        {
            TokenKind.Name or TokenKind.Int or TokenKind.Float => $"{kind} \"{Encoding.UTF8.GetString(token.Raw)}\"",
            TokenKind.String or TokenKind.BlockString => $"{kind} \"{token.GetStringValue()}\"",
            _ => kind,
        };
    }

    private static GraphQLSyntaxException Error(in Utf8GraphQLLexer token, string message)
        => new("Syntax Error: " + message, token.Start, token.Line, token.Column);

    private static GraphQLSyntaxException Unexpected(in Utf8GraphQLLexer token)
        => Error(token, $"Unexpected {DescribeToken(token)}.");

    [DoesNotReturn]
    private readonly void ThrowUnexpected() => throw Unexpected(_lexer);

    [DoesNotReturn]
    private readonly void ThrowAtCurrent(string message) => throw Error(_lexer, message);

    [DoesNotReturn]
    private readonly void ThrowExpected(TokenKind kind)
        => throw Error(_lexer, $"Expected {TokenKindText.Describe(kind)}, found {DescribeToken(_lexer)}.");

    [DoesNotReturn]
    private readonly void ThrowTooManyTokens()
        => throw Error(_lexer, $"Document contains more than {_maxTokens} tokens. Parsing aborted.");

    [DoesNotReturn]
    private readonly void ThrowTooDeep()
        => throw Error(_lexer, $"Document nesting exceeds the maximum depth of {_maxDepth}. Parsing aborted.");

    [DoesNotReturn]
    private static void ThrowTooLarge(ReadOnlySpan<byte> source, int maxBytes)
    {
        // Report the line and column where the limit is crossed.
        var line = 1;
        var lineStart = 0;
        var end = Math.Min(maxBytes, source.Length);
        for (var i = 0; i < end; i++)
        {
            var b = source[i];
            if (b == '\n' || (b == '\r' && (i + 1 >= source.Length || source[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        var column = Encoding.UTF8.GetCharCount(source[lineStart..end]) + 1;
        throw new GraphQLSyntaxException(
            $"Syntax Error: Document contains more than {maxBytes} bytes. Parsing aborted.", end, line, column);
    }
}
