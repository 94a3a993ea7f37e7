// The engine's ActivitySource and Meter are process-wide: tests that listen to them run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
