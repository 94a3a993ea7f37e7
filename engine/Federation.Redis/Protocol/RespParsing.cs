using System.Buffers.Text;
using System.Globalization;

namespace Federation.Redis.Protocol;

internal static class RespParsing
{
    public static double ParseDouble(ReadOnlySpan<byte> text)
    {
        if (Utf8Parser.TryParse(text, out double d, out var consumed) && consumed == text.Length) return d;
        var s = System.Text.Encoding.ASCII.GetString(text);
        return s switch
        {
            "inf" or "+inf" => double.PositiveInfinity,
            "-inf" => double.NegativeInfinity,
            "nan" or "-nan" => double.NaN,
            _ => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
    }

    public static string FormatDouble(double value) => value switch
    {
        double.PositiveInfinity => "+inf",
        double.NegativeInfinity => "-inf",
        _ when double.IsNaN(value) => "nan",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };
}
