using System.Globalization;
using System.Numerics;
using Federation.GraphQL.Language;

namespace Federation.GraphQL.Types;

/// <summary>Number classification and failure helpers shared by the built-in scalars.</summary>
internal static class ScalarCoercion
{
    /// <summary>True for CLR integer types; <paramref name="integer"/> receives the exact value.</summary>
    public static bool TryGetInteger(object? value, out BigInteger integer)
    {
        switch (value)
        {
            case int i: integer = i; return true;
            case long l: integer = l; return true;
            case short s: integer = s; return true;
            case byte b: integer = b; return true;
            case sbyte sb: integer = sb; return true;
            case ushort us: integer = us; return true;
            case uint ui: integer = ui; return true;
            case ulong ul: integer = ul; return true;
            case BigInteger bi: integer = bi; return true;
            default: integer = default; return false;
        }
    }

    /// <summary>True for CLR floating point types.</summary>
    public static bool TryGetFloat(object? value, out double number)
    {
        switch (value)
        {
            case double d: number = d; return true;
            case float f: number = f; return true;
            case decimal m: number = (double)m; return true;
            default: number = default; return false;
        }
    }

    public static bool IsInteger(double d) => double.IsFinite(d) && Math.Floor(d) == d;

    /// <summary>JavaScript's Number(string): whitespace-trimmed decimal, hex/octal/binary literals and Infinity; NaN otherwise.</summary>
    public static double ParseJsNumber(string s)
    {
        var t = s.Trim();
        if (t.Length == 0) return 0;
        if (t.Length > 2 && t[0] == '0')
        {
            var radix = char.ToLowerInvariant(t[1]) switch { 'x' => 16, 'o' => 8, 'b' => 2, _ => 0 };
            if (radix != 0)
            {
                double acc = 0;
                foreach (var c in t.AsSpan(2))
                {
                    var digit = c switch
                    {
                        >= '0' and <= '9' => c - '0',
                        >= 'a' and <= 'f' => c - 'a' + 10,
                        >= 'A' and <= 'F' => c - 'A' + 10,
                        _ => 99,
                    };
                    if (digit >= radix) return double.NaN;
                    acc = acc * radix + digit;
                }
                return acc;
            }
        }
        switch (t)
        {
            case "Infinity" or "+Infinity": return double.PositiveInfinity;
            case "-Infinity": return double.NegativeInfinity;
        }
        foreach (var c in t)
        {
            // Reject what .NET accepts but JavaScript does not ("∞", "NaN", currency, thousands separators).
            if (!(c is >= '0' and <= '9' or '.' or 'e' or 'E' or '+' or '-')) return double.NaN;
        }
        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN;
    }

    public static GraphQLException Fail(string message) => new(message);

    public static GraphQLException Fail(string message, IValueNode node)
        => new(GraphQLError.At(message, node as SyntaxNode));

    /// <summary>The literal as graphql-js's printForError renders it.</summary>
    public static string Print(IValueNode node) => Printer.Print((SyntaxNode)node);

    public static object? Variable(VariableNode node, IReadOnlyDictionary<string, object?>? variables)
        => variables is not null && variables.TryGetValue(node.Name.Value, out var v) ? v : null;

    /// <summary>A JavaScript number string that is an integer: -?(0|[1-9][0-9]*).</summary>
    public static bool IsIntegerString(string s)
    {
        var i = 0;
        if (s.Length > 0 && s[0] == '-') i++;
        if (i >= s.Length) return false;
        if (s[i] == '0') return i + 1 == s.Length;
        for (; i < s.Length; i++)
        {
            if (s[i] is < '0' or > '9') return false;
        }
        return true;
    }
}
