using System.Collections;
using System.Globalization;
using Federation.GraphQL.Execution;

namespace Federation.GraphQL.CodeFirst;

/// <summary>[ID] members whose CLR type is not a string (Guid, custom keys): their values are written as strings.</summary>
internal static class IdValues
{
    public static FieldResolver Wrap(FieldResolver resolver) => context =>
    {
        var pending = resolver(context);
        return pending.IsCompletedSuccessfully ? new ValueTask<object?>(ToId(pending.Result)) : Await(pending);
    };

    private static async ValueTask<object?> Await(ValueTask<object?> pending) => ToId(await pending.ConfigureAwait(false));

    private static object? ToId(object? value) => value switch
    {
        null or string or int or long => value,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => items.Cast<object?>().Select(ToId).ToList(),
        _ => value.ToString(),
    };
}
