using Federation.GraphQL.CodeFirst;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Execution.DataLoader;
using Federation.GraphQL.Subscriptions;
using Federation.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Federation.GraphQL.AspNetCore;

/// <summary>Configures the GraphQL server: the schema (schema-first or code-first), the executor and the transports.</summary>
public sealed class GraphQLServerBuilder
{
    private readonly List<Action<SchemaBuilder>> _schemaFirst = [];
    private readonly List<Action<CodeFirstSchemaBuilder>> _codeFirst = [];
    private readonly List<Action<SchemaBuilder>> _schemaFirstExtensions = [];
    private readonly List<Action<CodeFirstSchemaBuilder>> _codeFirstExtensions = [];
    private Func<IServiceProvider, Schema>? _schemaFactory;
    private Func<IServiceProvider, IRequestExecutor>? _executorFactory;

    internal GraphQLServerBuilder(IServiceCollection services, string? name)
    {
        Services = services;
        Name = name;
    }

    public IServiceCollection Services { get; }

    /// <summary>The server's name given to <c>AddGraphQL(name)</c>; null for the application's unnamed server.</summary>
    public string? Name { get; }

    /// <summary>Schema first: adds SDL (several calls add several documents, extensions included).</summary>
    public GraphQLServerBuilder AddDocumentFromString(string sdl) => SchemaFirst(b => b.AddDocument(sdl));

    public GraphQLServerBuilder AddResolver(string typeName, string fieldName, FieldResolver resolver)
        => SchemaFirst(b => b.AddResolver(typeName, fieldName, resolver));

    public GraphQLServerBuilder AddResolver(string typeName, string fieldName, Func<IResolverContext, object?> resolver)
        => SchemaFirst(b => b.AddResolver(typeName, fieldName, resolver));

    public GraphQLServerBuilder AddSubscriber(string typeName, string fieldName, SubscribeResolver subscriber)
        => SchemaFirst(b => b.AddSubscriber(typeName, fieldName, subscriber));

    public GraphQLServerBuilder AddTypeResolver(string abstractTypeName, TypeResolver resolver)
        => SchemaFirst(b => b.AddTypeResolver(abstractTypeName, resolver));

    /// <summary>Any other schema-first configuration (scalars, enum values, is-type-of checks).</summary>
    public GraphQLServerBuilder ConfigureSchema(Action<SchemaBuilder> configure) => SchemaFirst(configure);

    /// <summary>Code first: a C# type becomes the query root type.</summary>
    public GraphQLServerBuilder AddQueryType<T>() => CodeFirst(b => b.AddQueryType<T>());

    public GraphQLServerBuilder AddMutationType<T>() => CodeFirst(b => b.AddMutationType<T>());

    public GraphQLServerBuilder AddSubscriptionType<T>() => CodeFirst(b => b.AddSubscriptionType<T>());

    public GraphQLServerBuilder AddType<T>() => CodeFirst(b => b.AddType<T>());

    /// <summary>A class marked <c>[ExtendObjectType]</c> whose members add fields to a C# or SDL object type.</summary>
    public GraphQLServerBuilder AddTypeExtension<T>() => CodeFirst(b => b.AddTypeExtension<T>());

    /// <summary>A DataLoader class, one instance per request, injected into code-first resolvers as a parameter.</summary>
    public GraphQLServerBuilder AddDataLoader<TLoader>() where TLoader : DataLoaderBase
    {
        Services.AddDataLoader<TLoader>();
        return this;
    }

    /// <summary>A DataLoader class asked for by an interface (or base class) it implements.</summary>
    public GraphQLServerBuilder AddDataLoader<TService, TLoader>() where TService : class where TLoader : DataLoaderBase, TService
    {
        Services.AddDataLoader<TService, TLoader>();
        return this;
    }

    /// <summary>A batch DataLoader from a delegate, injected as a <c>BatchDataLoader&lt;TKey, TValue&gt;</c> parameter.</summary>
    public GraphQLServerBuilder AddDataLoader<TKey, TValue>(
        Func<IReadOnlyList<TKey>, IServiceProvider, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> fetch) where TKey : notnull
    {
        Services.AddDataLoader(fetch);
        return this;
    }

    /// <summary>Any other code-first configuration.</summary>
    public GraphQLServerBuilder ConfigureCodeFirst(Action<CodeFirstSchemaBuilder> configure) => CodeFirst(configure);

    /// <summary>
    /// Extends whichever kind of schema the server builds, without choosing the kind: <paramref name="schemaFirst"/>
    /// runs on the SDL builder, <paramref name="codeFirst"/> on the code-first builder, after the user's configuration.
    /// Libraries built on the engine (federation, for one) use it; a schema given to <see cref="UseSchema(Schema)"/> is not extended.
    /// </summary>
    public GraphQLServerBuilder ExtendSchema(Action<SchemaBuilder> schemaFirst, Action<CodeFirstSchemaBuilder> codeFirst)
    {
        _schemaFirstExtensions.Add(schemaFirst);
        _codeFirstExtensions.Add(codeFirst);
        return this;
    }

    /// <summary>Serves a schema built elsewhere.</summary>
    public GraphQLServerBuilder UseSchema(Schema schema) => UseSchema(_ => schema);

    public GraphQLServerBuilder UseSchema(Func<IServiceProvider, Schema> factory)
    {
        _schemaFactory = factory;
        return this;
    }

    /// <summary>
    /// Serves an executor of the application's own (a gateway's query-plan executor, say) instead of building a schema
    /// and a <see cref="RequestExecutor"/>. Called once, when the server is first needed; swap it later with
    /// <see cref="GraphQLServer.SwapExecutor"/>.
    /// </summary>
    public GraphQLServerBuilder UseRequestExecutor(Func<IServiceProvider, IRequestExecutor> factory)
    {
        _executorFactory = factory ?? throw new ArgumentNullException(nameof(factory));
        return this;
    }

    /// <summary>Field middleware applied to every resolved field (outermost first).</summary>
    public GraphQLServerBuilder UseField(FieldMiddleware middleware)
        => ModifyOptions(options => options.Executor.Middleware.Add(middleware));

    /// <summary>
    /// The one way to configure this server: transports (<see cref="GraphQLServerOptions"/>), executor and parser
    /// (<see cref="GraphQLServerOptions.Executor"/>). A named server's options are its own (named options of its name).
    /// </summary>
    public GraphQLServerBuilder ModifyOptions(Action<GraphQLServerOptions> configure)
    {
        Services.Configure(Name ?? Microsoft.Extensions.Options.Options.DefaultName, configure);
        return this;
    }

    /// <summary>The in-memory subscription event bus (one process). A Redis bus replaces it for several instances.</summary>
    public GraphQLServerBuilder AddInMemorySubscriptions()
    {
        Services.TryAddSingleton(sp => new InMemoryEventBus(sp.GetRequiredService<IOptions<GraphQLServerOptions>>().Value.SubscriptionBuffer));
        Services.TryAddSingleton<ITopicEventSender>(sp => sp.GetRequiredService<InMemoryEventBus>());
        Services.TryAddSingleton<ITopicEventReceiver>(sp => sp.GetRequiredService<InMemoryEventBus>());
        return this;
    }

    /// <summary>The executor given to <see cref="UseRequestExecutor"/>, or a <see cref="RequestExecutor"/> over the configured schema.</summary>
    internal IRequestExecutor BuildExecutor(IServiceProvider services, GraphQLServerOptions options)
    {
        if (_executorFactory is null) return new RequestExecutor(BuildSchema(services), options.Executor);
        if (_schemaFactory is not null || _schemaFirst.Count > 0 || _codeFirst.Count > 0)
            throw new InvalidOperationException("AddGraphQL() was given both a schema and an executor (UseRequestExecutor); the executor brings its schema.");
        return _executorFactory(services) ?? throw new InvalidOperationException("The UseRequestExecutor factory returned null.");
    }

    internal Schema BuildSchema(IServiceProvider services)
    {
        if (_schemaFactory is not null)
        {
            if (_schemaFirst.Count > 0 || _codeFirst.Count > 0)
                throw new InvalidOperationException("AddGraphQL() was given a built schema (UseSchema) and SDL or C# types; use one.");
            return _schemaFactory(services);
        }
        if (_schemaFirst.Count == 0 && _codeFirst.Count == 0)
            throw new InvalidOperationException("AddGraphQL() needs a schema: AddDocumentFromString (schema first), AddQueryType<T> (code first), UseSchema or UseRequestExecutor.");
        if (_codeFirst.Count == 0)
        {
            var builder = new SchemaBuilder();
            foreach (var step in _schemaFirst) step(builder);
            foreach (var step in _schemaFirstExtensions) step(builder);
            return builder.Build();
        }
        var codeFirst = new CodeFirstSchemaBuilder().UseServices(services);
        foreach (var step in _codeFirst) step(codeFirst);
        // SDL and C# types on one server: the SDL goes into the code-first build, which merges both.
        foreach (var step in _schemaFirst) codeFirst.ConfigureSchemaFirst(step);
        if (_schemaFirst.Count > 0 && _codeFirstExtensions.Count > 0)
            throw new InvalidOperationException("Schema extensions (AddFederation) need the schema to be all SDL or all C# types; this server mixes both.");
        foreach (var step in _codeFirstExtensions) step(codeFirst);
        return codeFirst.Build();
    }

    private GraphQLServerBuilder SchemaFirst(Action<SchemaBuilder> step)
    {
        _schemaFirst.Add(step);
        return this;
    }

    private GraphQLServerBuilder CodeFirst(Action<CodeFirstSchemaBuilder> step)
    {
        _codeFirst.Add(step);
        return this;
    }
}
