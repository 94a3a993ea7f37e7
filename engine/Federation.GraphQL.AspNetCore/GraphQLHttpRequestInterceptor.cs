using Federation.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace Federation.GraphQL.AspNetCore;

/// <summary>
/// Looks at each GraphQL-over-HTTP request before it executes (register it in DI as a singleton
/// <see cref="IGraphQLHttpRequestInterceptor"/>). A library uses it to trace a request a header asks to be traced and
/// to add result <c>extensions</c> (federated tracing, for one). With none registered the server does no extra work.
/// </summary>
public interface IGraphQLHttpRequestInterceptor
{
    /// <summary>Called before a request (each request of a batch) executes; null leaves the request alone.</summary>
    IGraphQLHttpRequestScope? Begin(HttpContext context);
}

/// <summary>One request an <see cref="IGraphQLHttpRequestInterceptor"/> takes part in.</summary>
public interface IGraphQLHttpRequestScope
{
    /// <summary>Observes the request's resolvers; null for none. When several scopes give one, the first is used.</summary>
    IFieldTracer? FieldTracer { get; }

    /// <summary>
    /// The request executed: returns the entries to add to the result's <c>extensions</c> (null for none). Called for
    /// requests that fail before execution too (then no resolver ran).
    /// </summary>
    IReadOnlyDictionary<string, object?>? Complete(ExecutionResult result);
}
