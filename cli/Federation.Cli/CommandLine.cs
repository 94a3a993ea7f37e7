using Federation.Cli.Commands;

namespace Federation.Cli;

/// <summary>Where a command reads and writes; the console in <c>fed</c>, string readers and writers in tests.</summary>
public sealed record CommandConsole(TextReader In, TextWriter Out, TextWriter Error);

/// <summary>Picks the command named by the first argument and runs it.</summary>
public static class CommandLine
{
    public const string Usage = """
        usage: fed <command> [options]

          print <file> [--schema]           parse and print a document (--schema: build it and print the schema SDL)
          validate --schema <sdl> [<query>] report schema errors, then document errors, with line:column
          introspect [--schema <sdl>]       introspection JSON of the schema (the embedded sample without --schema)
          exec [<query>] [--schema <sdl>] [--root <json file>] [--variables <json>] [--operation <name>] [--query-file <file>]
                                            execute a query; without --schema against the embedded sample schema and data
          exec --batch                      JSON lines in, one JSON answer per line out (the differential test protocol)
          serve [--schema <sdl>] [--root <json file>] [--port <n>] [--event-interval-ms <n>] [--auth-token <t>] [--redis <c>]
                [--metrics] [--trace-resolvers]
                                            serve GraphQL at http://127.0.0.1:<port>/graphql (default port 4000, 0 picks
                                            a free one) over HTTP, WebSocket and SSE; without --schema the embedded sample.
                                            A root subscription field whose value is an array emits its elements as events.
                                            --auth-token: requests need 'Authorization: Bearer <t>' (401), WebSocket
                                            connections the same in the header or ConnectionInit payload (4403).
                                            --redis: the event bus ({"__publish": topic} and {"__subscribe": topic} in
                                            --root) runs on Redis pub/sub (StackExchange.Redis connection string), shared
                                            by every instance on that Redis.
                                            --metrics: Prometheus metrics at /metrics; --trace-resolvers: a span per
                                            resolver; OTEL_EXPORTER_OTLP_ENDPOINT set: traces and metrics over OTLP.
          compose --config <supergraph.yaml> [--out <file>] [--format text|json] [--api-schema]
          compose NAME=FILE[=URL] ...       compose subgraph SDLs (files, or subgraph_url: _service { sdl }) into a
                                            supergraph (--api-schema: the API schema clients see); errors
                                            as subgraph:line:column: CODE message
          compose --batch                   JSON lines {"subgraphs":[{name,url,sdl}]} in, one JSON result per line out
          gateway --supergraph <file> [--port <n>] [--timeout-ms <n>] [--no-dedup]
                                            serve a federated supergraph at http://127.0.0.1:<port>/graphql, reloading
                                            the file when it changes; /health/live and /health/ready
          plan --supergraph <file> --query <file or text> [--operation <name>]
                                            print the query plan of an operation over a supergraph

        A file argument of '-' reads standard input. Exit code 1 on errors.
        """;

    public static async Task<int> RunAsync(string[] args, CommandConsole console, CancellationToken cancellationToken = default)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await console.Out.WriteLineAsync(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        ICommand? command = args[0] switch
        {
            "print" => new PrintCommand(),
            "validate" => new ValidateCommand(),
            "introspect" => new IntrospectCommand(),
            "exec" => new ExecCommand(),
            "serve" => new ServeCommand(),
            "compose" => new ComposeCommand(),
            "gateway" => new GatewayCommand(),
            "plan" => new PlanCommand(),
            _ => null,
        };
        if (command is null)
        {
            await console.Error.WriteLineAsync($"fed: unknown command '{args[0]}'.\n\n{Usage}");
            return 2;
        }

        CommandArguments arguments;
        try
        {
            arguments = CommandArguments.Parse(args.AsSpan(1), command.ValueOptions, command.FlagOptions);
        }
        catch (ArgumentException e)
        {
            await console.Error.WriteLineAsync($"fed {args[0]}: {e.Message}\n\n{Usage}");
            return 2;
        }

        try
        {
            return await command.RunAsync(arguments, console, cancellationToken);
        }
        catch (CommandException e)
        {
            await console.Error.WriteLineAsync($"fed {args[0]}: {e.Message}");
            return 1;
        }
    }
}
