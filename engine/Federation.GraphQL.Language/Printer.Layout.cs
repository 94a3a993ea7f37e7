namespace Federation.GraphQL.Language;

// Building blocks of the printer's layout: join, wrap and block, with graphql-js's rules for skipping empty parts.
public static partial class Printer
{
    private static PrintBuffer Text(string text) => text.Length == 0 ? PrintBuffer.Empty : new PrintBuffer(text);

    private static PrintBuffer[] ReduceAll<T>(IReadOnlyList<T> nodes)
    {
        if (nodes.Count == 0)
        {
            return [];
        }

        var buffers = new PrintBuffer[nodes.Count];
        for (var i = 0; i < buffers.Length; i++)
        {
            buffers[i] = Reduce((SyntaxNode)(object)nodes[i]!);
        }

        return buffers;
    }

    private static PrintBuffer Join(params ReadOnlySpan<PrintBuffer> items) => JoinWith("", items);

    private static PrintBuffer Join(PrintBuffer[] items, string separator) => JoinWith(separator, items);

    /// <summary>Joins the non-empty items with a separator; the first non-empty item becomes the result.</summary>
    private static PrintBuffer JoinWith(string separator, params ReadOnlySpan<PrintBuffer> items)
    {
        var result = PrintBuffer.Empty;
        foreach (var item in items)
        {
            if (item.Length == 0)
            {
                continue;
            }

            if (result.Length == 0)
            {
                result = item;
            }
            else
            {
                result.Append(separator).Append(item);
            }
        }

        return result;
    }

    private static int JoinedLength(PrintBuffer[] items, string separator)
    {
        var length = 0;
        foreach (var item in items)
        {
            if (item.Length != 0)
            {
                length += (length == 0 ? 0 : separator.Length) + item.Length;
            }
        }

        return length;
    }

    private static PrintBuffer Block(PrintBuffer[] items) => Wrap("{\n", Join(items, "\n").Indent(), "\n}");

    /// <summary>Surrounds a non-empty buffer with start and end; an empty buffer stays empty.</summary>
    private static PrintBuffer Wrap(string start, PrintBuffer buffer, string end = "")
    {
        if (buffer.Length == 0)
        {
            return PrintBuffer.Empty;
        }

        return start.Length == 0 ? buffer.Append(end) : new PrintBuffer(start).Append(buffer).Append(end);
    }

    private static PrintBuffer Described(StringValueNode? description) => Wrap("", Reduce(description), "\n");

    private static bool HasMultilineItems(PrintBuffer[] items)
    {
        foreach (var item in items)
        {
            if (item.Newlines != 0)
            {
                return true;
            }
        }

        return false;
    }
}
