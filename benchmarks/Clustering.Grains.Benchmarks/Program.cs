using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Clustering.Grains.Benchmarks.HotPathBenchmarks).Assembly).Run(args);
