using Microsoft.Extensions.DependencyInjection;

namespace Federation.GraphQL.AspNetCore;

/// <summary>Options of the GraphQL over Server-Sent Events transport (both of the graphql-sse protocol's modes).</summary>
public sealed class GraphQLSseOptions
{
    /// <summary>Interval of the <c>:</c> comment lines that keep idle event streams open (null: none). Default 12 s.</summary>
    public TimeSpan? KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>Single connection mode: how long a reservation waits for its event stream before it is dropped. Default 30 s.</summary>
    public TimeSpan ReservationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Single connection mode: most reservations (opened or not) held at once; more PUTs get 503. Default 10,000.</summary>
    public int MaxReservations { get; set; } = 10_000;

    /// <summary>Single connection mode: most operations running at once on one event stream; more get 429. Default 100.</summary>
    public int MaxOperationsPerStream { get; set; } = 100;
}

public static class GraphQLSseServerBuilderExtensions
{
    /// <summary>Configures the Server-Sent Events transport.</summary>
    public static GraphQLServerBuilder ModifySseOptions(this GraphQLServerBuilder builder, Action<GraphQLSseOptions> configure)
    {
        builder.Services.Configure(configure);
        return builder;
    }
}
