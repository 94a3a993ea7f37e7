using Federation.GraphQL.Types;

namespace Federation.GraphQL.CodeFirst;

/// <summary>Reads a type reference written as in SDL (<c>[ID!]!</c>) against a lookup of named types.</summary>
internal static class TypeReference
{
    public static GraphQLType Parse(string text, Func<string, NamedType?> lookup)
    {
        var position = 0;
        var type = ReadType(text.Replace(" ", "", StringComparison.Ordinal), ref position, lookup);
        if (position != text.Replace(" ", "", StringComparison.Ordinal).Length) throw Invalid(text);
        return type;
    }

    private static GraphQLType ReadType(string text, ref int position, Func<string, NamedType?> lookup)
    {
        GraphQLType type;
        if (position < text.Length && text[position] == '[')
        {
            position++;
            var item = ReadType(text, ref position, lookup);
            if (position >= text.Length || text[position] != ']') throw Invalid(text);
            position++;
            type = new ListType(item);
        }
        else
        {
            var start = position;
            while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] == '_')) position++;
            if (position == start) throw Invalid(text);
            var name = text[start..position];
            type = lookup(name) ?? throw new InvalidOperationException($"Unknown type \"{name}\" in [GraphQLType(\"{text}\")].");
        }
        if (position < text.Length && text[position] == '!')
        {
            position++;
            type = new NonNullType(type);
        }
        return type;
    }

    private static FormatException Invalid(string text) => new($"\"{text}\" is not a GraphQL type reference.");
}
