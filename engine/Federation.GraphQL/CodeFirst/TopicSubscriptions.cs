using System.Globalization;
using System.Reflection;
using System.Text;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Subscriptions;

namespace Federation.GraphQL.CodeFirst;

/// <summary>
/// The topic of a <c>[Subscribe]</c> field, read once at build: a template whose <c>{argument}</c> placeholders are
/// filled with the field's argument values when a client subscribes.
/// </summary>
internal sealed class TopicTemplate
{
    private readonly List<(string Text, bool IsArgument)> _parts = [];

    private TopicTemplate() { }

    public static TopicTemplate Parse(string template, string member, ICollection<string> arguments)
    {
        var topic = new TopicTemplate();
        var text = new StringBuilder();
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] != '{')
            {
                text.Append(template[i]);
                continue;
            }
            var end = template.IndexOf('}', i + 1);
            if (end < 0) throw new InvalidOperationException($"[Topic(\"{template}\")] on {member}: a '{{' has no '}}'.");
            var name = template[(i + 1)..end];
            // {projectId} names the argument as in C# or in GraphQL.
            if (!arguments.Contains(name) && arguments.Contains(NamingConventions.CamelCase(name))) name = NamingConventions.CamelCase(name);
            if (!arguments.Contains(name))
            {
                throw new InvalidOperationException(
                    $"[Topic(\"{template}\")] on {member} refers to {{{name}}}, which is not an argument of the field ({string.Join(", ", arguments)}).");
            }
            if (text.Length > 0) topic._parts.Add((text.ToString(), false));
            text.Clear();
            topic._parts.Add((name, true));
            i = end;
        }
        if (text.Length > 0) topic._parts.Add((text.ToString(), false));
        return topic;
    }

    /// <summary>The topic of one subscription: the template with the coerced argument values (invariant culture).</summary>
    public string Format(IResolverContext context)
    {
        if (_parts is [(var only, false)]) return only;
        var sb = new StringBuilder();
        foreach (var (text, isArgument) in _parts)
        {
            if (!isArgument)
            {
                sb.Append(text);
                continue;
            }
            context.Arguments.TryGetValue(text, out var value);
            sb.Append(Convert.ToString(value is Enum e ? e.ToString() : value, CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>The source stream of a topic subscription (spec 6.3.3 CreateSourceEventStream): the messages sent to the topic.</summary>
    public static SubscribeResolver Subscriber(Type messageType, TopicTemplate topic)
    {
        var subscribe = typeof(TopicTemplate).GetMethod(nameof(Subscribe), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(messageType)
            .CreateDelegate<Func<TopicTemplate, IResolverContext, ValueTask<IAsyncEnumerable<object?>>>>();
        return context => subscribe(topic, context);
    }

    private static ValueTask<IAsyncEnumerable<object?>> Subscribe<TMessage>(TopicTemplate topic, IResolverContext context)
        => context.SubscribeToTopic<TMessage>(topic.Format(context));
}
