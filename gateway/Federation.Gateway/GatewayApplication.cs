using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Federation.Gateway;

/// <summary>Builds the gateway web application: options from configuration section "Gateway", the supergraph loaded, endpoints mapped.</summary>
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
        builderHook?.Invoke(builder);
        var app = builder.Build();
        app.Services.GetRequiredService<SupergraphHolder>().Load();
        app.MapGateway(options.Path);
        return app;
    }
}
