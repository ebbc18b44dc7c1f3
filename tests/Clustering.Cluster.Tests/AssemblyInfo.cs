// The fault tests measure waits in seconds on a 2-core machine: silo processes of two tests at
// once would measure each other. One test class at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
