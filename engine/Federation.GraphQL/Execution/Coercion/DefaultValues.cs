using Federation.GraphQL.Language;
using System.Runtime.CompilerServices;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Execution.Coercion;

/// <summary>Coerced default values of arguments and input fields, computed once per definition.</summary>
internal static class DefaultValues
{
    private sealed class Box(object? value)
    {
        public readonly object? Value = value;
    }

    private static readonly ConditionalWeakTable<InputValue, Box> Cache = new();

    /// <summary>False when the input value has no default value.</summary>
    public static bool TryGet(InputValue input, out object? value)
    {
        if (input.DefaultValue is not { } literal)
        {
            value = null;
            return false;
        }
        if (Cache.TryGetValue(input, out var box))
        {
            value = box.Value;
            return true;
        }
        if (!InputLiteralCoercion.TryCoerce(literal, input.Type, null, out value))
        {
            throw new GraphQLException($"Expected value of type \"{input.Type}\" to be valid, found: {Printer.Print((SyntaxNode)literal)}.");
        }
        Cache.AddOrUpdate(input, new Box(value));
        return true;
    }
}
