namespace Federation.GraphQL.Language;

/// <summary>
/// The only exception the lexer and parser throw for bad input. <see cref="Exception.Message"/> reads like graphql-js:
/// "Syntax Error: Expected Name, found &lt;EOF&gt;."; <see cref="Line"/> and <see cref="Column"/> are 1-based.
/// </summary>
public sealed class GraphQLSyntaxException : Exception
{
    public GraphQLSyntaxException(string message, int position, int line, int column) : base(message)
    {
        Position = position;
        Line = line;
        Column = column;
    }

    /// <summary>Byte offset into the UTF-8 source.</summary>
    public int Position { get; }
    public int Line { get; }
    public int Column { get; }
}
