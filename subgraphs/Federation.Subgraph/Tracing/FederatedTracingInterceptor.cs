using Federation.GraphQL.AspNetCore;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Federation.Subgraph.Tracing;

/// <summary>
/// Traces the requests a gateway asks to trace with the header <c>apollo-federation-include-trace: ftv1</c> (Apollo
/// subgraph spec, federated tracing) and answers the trace in <c>extensions.ftv1</c>. Other requests are left alone.
/// </summary>
internal sealed class FederatedTracingInterceptor(IOptions<FederatedTracingOptions> options) : IGraphQLHttpRequestInterceptor
{
    public const string HeaderName = "apollo-federation-include-trace";

    private readonly FederatedTracingOptions _options = options.Value;

    public IGraphQLHttpRequestScope? Begin(HttpContext context)
    {
        if (!_options.Enabled) return null;
        var header = context.Request.Headers[HeaderName];
        return header.Count == 1 && string.Equals(header[0], FederatedTrace.ExtensionName, StringComparison.Ordinal)
            ? new FederatedTrace()
            : null;
    }
}
