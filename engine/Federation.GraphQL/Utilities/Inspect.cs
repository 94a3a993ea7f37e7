using System.Collections;
using System.Globalization;
using System.Text;

namespace Federation.GraphQL.Utilities;

/// <summary>
/// Renders runtime values the way graphql-js's <c>inspect</c> does, so error messages read the same:
/// strings JSON-quoted, numbers in JavaScript notation, lists as <c>[1, 2]</c>, objects as <c>{ a: 1 }</c>.
/// </summary>
public static class Inspect
{
    private const int MaxListLength = 10;
    private const int MaxDepth = 2;

    public static string Value(object? value) => Format(value, 0);

    /// <summary>A double in JavaScript's Number#toString notation (1e+21, 1.5e-7, NaN, Infinity).</summary>
    public static string Number(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsPositiveInfinity(value)) return "Infinity";
        if (double.IsNegativeInfinity(value)) return "-Infinity";
        if (value == 0) return "0";

        // "R" gives the shortest round-trip digits (as JavaScript does). Take the digits and the exponent from it and lay them out with JavaScript's rules (exponent notation below 1e-6 and from 1e21).
        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        var negative = value < 0;
        var (digits, exponent) = Decompose(shortest.TrimStart('-'));
        var sb = new StringBuilder();
        if (negative) sb.Append('-');
        var n = exponent + 1; // position of the decimal point relative to the digits
        var k = digits.Length;
        if (k <= n && n <= 21)
        {
            sb.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            sb.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            sb.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            sb.Append(digits[0]);
            if (k > 1) sb.Append('.').Append(digits, 1, k - 1);
            sb.Append('e').Append(n - 1 >= 0 ? "+" : "-").Append(Math.Abs(n - 1).ToString(CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    // Splits a positive round-trip string ("1.5E-07", "123.45", "1E+21") into significant digits and a base-10 exponent
    // of the first digit.
    private static (string Digits, int Exponent) Decompose(string s)
    {
        var exponent = 0;
        var e = s.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(s.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            s = s[..e];
        }
        var dot = s.IndexOf('.');
        string intPart = dot >= 0 ? s[..dot] : s;
        string fracPart = dot >= 0 ? s[(dot + 1)..] : "";
        var all = intPart + fracPart;
        var pointPos = intPart.Length; // digits before the decimal point
        var lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0') lead++;
        all = all[lead..];
        pointPos -= lead;
        all = all.TrimEnd('0');
        if (all.Length == 0) all = "0";
        return (all, exponent + pointPos - 1);
    }

    private static string Format(object? value, int depth)
    {
        switch (value)
        {
            case null: return "null";
            case string s: return Quote(s);
            case bool b: return b ? "true" : "false";
            case double d: return Number(d);
            case float f: return Number(f);
            case decimal m: return Number((double)m);
            case sbyte or byte or short or ushort or int or uint or long or ulong or System.Numerics.BigInteger:
                return Convert.ToString(value, CultureInfo.InvariantCulture)!;
            case char c: return Quote(c.ToString());
            case Enum en: return en.ToString();
            case IReadOnlyDictionary<string, object?> map: return FormatObject(map, depth);
            case IDictionary<string, object?> dict: return FormatObject(dict, depth);
            case IEnumerable list: return FormatList(list, depth);
            default: return value.ToString() ?? "";
        }
    }

    private static string FormatObject(IEnumerable<KeyValuePair<string, object?>> entries, int depth)
    {
        var items = entries.ToList();
        if (items.Count == 0) return "{}";
        if (depth >= MaxDepth) return "[Object]";
        return "{ " + string.Join(", ", items.Select(kv => kv.Key + ": " + Format(kv.Value, depth + 1))) + " }";
    }

    private static string FormatList(IEnumerable list, int depth)
    {
        var items = list.Cast<object?>().ToList();
        if (items.Count == 0) return "[]";
        if (depth >= MaxDepth) return "[Array]";
        var len = Math.Min(MaxListLength, items.Count);
        var parts = new List<string>(len + 1);
        for (var i = 0; i < len; i++) parts.Add(Format(items[i], depth + 1));
        var remaining = items.Count - len;
        if (remaining == 1) parts.Add("... 1 more item");
        else if (remaining > 1) parts.Add($"... {remaining} more items");
        return "[" + string.Join(", ", parts) + "]";
    }

    /// <summary>JSON.stringify of a string.</summary>
    public static string Quote(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    if (c < 0x20) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
