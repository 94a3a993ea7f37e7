namespace Federation.GraphQL.CodeFirst;

/// <summary>
/// Makes a method of the subscription type a topic subscription over the event bus (ITopicEventReceiver): each
/// message sent to the topic runs the method with the message as its <see cref="EventMessageAttribute"/> parameter.
/// The topic is the method's <see cref="TopicAttribute"/> (argument values fill its <c>{name}</c> placeholders), the
/// value of a <c>[Topic]</c> parameter, or else the method's C# name. With <see cref="With"/> the named method of the
/// same class creates the source stream instead (it returns an IAsyncEnumerable&lt;T&gt; or a task of one).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SubscribeAttribute : Attribute
{
    /// <summary>The name of the method that creates the source stream (its parameters bind like a resolver's).</summary>
    public string? With { get; set; }

    /// <summary>The message's C# type when no parameter is marked <c>[EventMessage]</c> (default: the method's return type).</summary>
    public Type? MessageType { get; set; }
}

/// <summary>
/// The topic of a <c>[Subscribe]</c> method: <c>[Topic("tasks/{projectId}")]</c> on the method (placeholders name
/// arguments), or <c>[Topic]</c> on an argument whose value is the topic.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Parameter)]
public sealed class TopicAttribute : Attribute
{
    public TopicAttribute() { }

    public TopicAttribute(string name) => Name = name;

    /// <summary>The topic template; null on a parameter (the argument's value is the topic).</summary>
    public string? Name { get; }
}

/// <summary>The parameter receives the event (the message sent to the topic), not an argument.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class EventMessageAttribute : Attribute;
