using System.Globalization;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.CodeFirst.Scalars;

/// <summary>
/// DateTime: an ISO-8601 / RFC 3339 date and time with offset, the scalar HotChocolate maps <see cref="DateTime"/> and
/// <see cref="DateTimeOffset"/> to. Written as <c>2024-05-01T10:00:00.000Z</c>; parsed to <see cref="DateTimeOffset"/>.
/// </summary>
public sealed class DateTimeType : ScalarType
{
    private const string UtcFormat = "yyyy-MM-ddTHH\\:mm\\:ss.fffZ";
    private const string OffsetFormat = "yyyy-MM-ddTHH\\:mm\\:ss.fffzzz";

    public DateTimeType() : base("DateTime", "The `DateTime` scalar represents an ISO-8601 compliant date time type.",
        "https://www.graphql-scalars.com/date-time") { }

    public override object? Serialize(object? runtimeValue) => runtimeValue switch
    {
        DateTimeOffset d => Format(d),
        DateTime d => Format(d.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)) : new DateTimeOffset(d)),
        _ => throw new GraphQLException($"DateTime cannot represent value: {runtimeValue}"),
    };

    public override object? ParseValue(object? externalValue)
        => externalValue is string s && TryParse(s, out var value)
            ? value
            : throw new GraphQLException($"DateTime cannot represent value: {externalValue}");

    public override object? ParseLiteral(IValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (literal is VariableNode v) return ParseValue(variables?.GetValueOrDefault(v.Name.Value));
        if (literal is StringValueNode s && TryParse(s.Value, out var value)) return value;
        throw new GraphQLException($"DateTime cannot represent literal: {literal.Kind}");
    }

    public override IValueNode? ValueToLiteral(object? externalValue) => externalValue switch
    {
        string s when TryParse(s, out _) => new StringValueNode(s),
        DateTimeOffset or DateTime => new StringValueNode((string)Serialize(externalValue)!),
        null => NullValueNode.Default,
        _ => null,
    };

    private static string Format(DateTimeOffset value)
        => value.Offset == TimeSpan.Zero
            ? value.ToString(UtcFormat, CultureInfo.InvariantCulture)
            : value.ToString(OffsetFormat, CultureInfo.InvariantCulture);

    private static bool TryParse(string text, out DateTimeOffset value)
        => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value)
           && text.Contains('T', StringComparison.OrdinalIgnoreCase);
}
