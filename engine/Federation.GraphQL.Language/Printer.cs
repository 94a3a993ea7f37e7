namespace Federation.GraphQL.Language;

/// <summary>Prints syntax trees as canonical GraphQL text (the same layout as graphql-js's print).</summary>
public static partial class Printer
{
    public static string Print(SyntaxNode node) => throw new NotImplementedException("Printer: owned by the language work.");
}
