using Federation.GraphQL.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Federation.Gateway;

/// <summary>
/// Builds the gateway web application: options from configuration section "Gateway", the supergraph loaded, and the
/// serving layer's transports (HTTP, WebSocket, SSE) over the gateway's executor, swapped when the supergraph reloads.
/// </summary>
public static class GatewayApplication
{
    public static WebApplication Create(string[] args, Action<GatewayHostOptions>? configure = null, Action<WebApplicationBuilder>? builderHook = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var options = new GatewayHostOptions();
        builder.Configuration.GetSection("Gateway").Bind(options);
        configure?.Invoke(options);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<SupergraphHolder>();
        builder.Services.AddGraphQL()
            .UseRequestExecutor(sp => new GatewayRequestExecutor(sp.GetRequiredService<SupergraphHolder>().Current
                ?? throw new InvalidOperationException("No supergraph is loaded.")))
            .ModifyOptions(o => o.MaxRequestBodyBytes = options.MaxRequestBodyBytes);
        builderHook?.Invoke(builder);
        var app = builder.Build();
        var holder = app.Services.GetRequiredService<SupergraphHolder>();
        holder.Load();
        // A reloaded supergraph replaces the served executor; requests in flight finish on the one they started with.
        var server = app.Services.GetRequiredService<GraphQLServer>();
        holder.Replaced += executor => server.SwapExecutor(new GatewayRequestExecutor(executor));
        app.UseWebSockets();
        app.MapGraphQL(options.Path);
        app.MapGatewayHealth();
        return app;
    }

    /// <summary><c>/health/live</c>, and <c>/health/ready</c>: 200 once a supergraph is loaded, else 503.</summary>
    public static IEndpointRouteBuilder MapGatewayHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health/live", () => Results.Ok(new { status = "live" }));
        endpoints.MapGet("/health/ready", (SupergraphHolder holder) =>
            holder.Current is null ? Results.StatusCode(StatusCodes.Status503ServiceUnavailable) : Results.Ok(new { status = "ready" }));
        return endpoints;
    }
}
