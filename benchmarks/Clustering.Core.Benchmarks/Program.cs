using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Clustering.Core.Benchmarks.ReadingBenchmarks).Assembly).Run(args);
