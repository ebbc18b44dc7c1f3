using System.Diagnostics;
using Clustering.Testing;
using YamlDotNet.RepresentationModel;

namespace Clustering.Cluster.Tests;

/// <summary>
/// The deploy/ files, checked without a Docker engine or a Kubernetes cluster: every manifest
/// parses and has what the silos need (probes on the health routes, ports, Redis), and
/// `docker-compose config` accepts the compose file.
/// </summary>
public sealed class DeployTests
{
    private static string Deploy => Path.Combine(RepoPaths.Root, "deploy");

    private static IReadOnlyList<YamlMappingNode> Documents(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return stream.Documents.Select(document => (YamlMappingNode)document.RootNode).ToArray();
    }

    private static YamlNode At(YamlNode node, params string[] path)
    {
        foreach (var key in path)
        {
            var mapping = node.ShouldBeOfType<YamlMappingNode>($"'{key}' is looked up in a mapping");
            mapping.Children.TryGetValue(new YamlScalarNode(key), out var child).ShouldBeTrue($"missing '{key}' on the way to {string.Join('.', path)}");
            node = child!;
        }
        return node;
    }

    private static string Scalar(YamlNode node, params string[] path) => ((YamlScalarNode)At(node, path)).Value!;

    [Fact]
    public void every_kubernetes_manifest_parses_into_kinds_with_names()
    {
        var files = Directory.GetFiles(Path.Combine(Deploy, "k8s"), "*.yaml");
        files.ShouldNotBeEmpty();
        var kinds = files.SelectMany(Documents).Select(document =>
        {
            Scalar(document, "apiVersion").ShouldNotBeNullOrWhiteSpace();
            Scalar(document, "metadata", "name").ShouldNotBeNullOrWhiteSpace();
            return Scalar(document, "kind") + "/" + Scalar(document, "metadata", "name");
        }).ToArray();
        kinds.ShouldBe(["StatefulSet/redis", "Service/redis", "Deployment/clustering-silo", "Service/clustering"], ignoreOrder: true);
    }

    [Fact]
    public void the_silo_deployment_probes_the_health_routes_and_points_at_redis()
    {
        var documents = Documents(Path.Combine(Deploy, "k8s", "silo.yaml"));
        var deployment = documents.Single(document => Scalar(document, "kind") == "Deployment");
        int.Parse(Scalar(deployment, "spec", "replicas")).ShouldBeGreaterThanOrEqualTo(2);
        var container = (YamlMappingNode)((YamlSequenceNode)At(deployment, "spec", "template", "spec", "containers")).Children.Single();

        Scalar(container, "readinessProbe", "httpGet", "path").ShouldBe("/health/ready");
        Scalar(container, "livenessProbe", "httpGet", "path").ShouldBe("/health/live");
        var ports = ((YamlSequenceNode)At(container, "ports")).Children.ToDictionary(port => Scalar(port, "name"), port => Scalar(port, "containerPort"));
        ports.ShouldBe(new Dictionary<string, string> { ["http"] = "5080", ["silo"] = "11111", ["gateway"] = "30000" }, ignoreOrder: true);
        Scalar(container, "readinessProbe", "httpGet", "port").ShouldBe("http");

        var env = ((YamlSequenceNode)At(container, "env")).Children.ToDictionary(variable => Scalar(variable, "name"), variable => variable);
        Scalar(env["Clustering__Redis"], "value").ShouldBe("redis:6379");
        Scalar(env["Clustering__AdvertisedHost"], "value").ShouldBe("$(POD_IP)");
        Scalar(env["POD_IP"], "valueFrom", "fieldRef", "fieldPath").ShouldBe("status.podIP");
        int.Parse(Scalar(deployment, "spec", "template", "spec", "terminationGracePeriodSeconds")).ShouldBeGreaterThan(40, "longer than the silo's drain timeout");
        Scalar(deployment, "spec", "template", "spec", "securityContext", "runAsNonRoot").ShouldBe("true");

        var service = documents.Single(document => Scalar(document, "kind") == "Service");
        var selector = (YamlMappingNode)At(service, "spec", "selector");
        var labels = (YamlMappingNode)At(deployment, "spec", "template", "metadata", "labels");
        selector.Children.ShouldAllBe(pair => labels.Children.Contains(pair), "the service selects the silo pods");
        Scalar((YamlMappingNode)((YamlSequenceNode)At(service, "spec", "ports")).Children.Single(), "targetPort").ShouldBe("http");
    }

    [Fact]
    public void redis_in_kubernetes_keeps_an_fsynced_log_behind_a_service_on_6379()
    {
        var documents = Documents(Path.Combine(Deploy, "k8s", "redis.yaml"));
        var set = documents.Single(document => Scalar(document, "kind") == "StatefulSet");
        var container = ((YamlSequenceNode)At(set, "spec", "template", "spec", "containers")).Children.Single();
        var args = ((YamlSequenceNode)At(container, "args")).Children.Select(arg => ((YamlScalarNode)arg).Value).ToArray();
        args.ShouldContain("--appendonly");
        args.ShouldContain("always");
        var service = documents.Single(document => Scalar(document, "kind") == "Service");
        Scalar(service, "metadata", "name").ShouldBe("redis");
        Scalar(((YamlSequenceNode)At(service, "spec", "ports")).Children.Single(), "port").ShouldBe("6379");
    }

    [Fact]
    public void the_load_balancer_passes_websocket_upgrades_to_every_silo()
    {
        var nginx = File.ReadAllText(Path.Combine(Deploy, "nginx.conf"));
        nginx.ShouldContain("proxy_set_header Upgrade $http_upgrade;");
        nginx.ShouldContain("proxy_set_header Connection $connection_upgrade;");
        nginx.ShouldContain("proxy_http_version 1.1;");
        foreach (var silo in (string[])["silo1:5080", "silo2:5080", "silo3:5080"])
        {
            nginx.ShouldContain(silo);
        }
    }

    [Fact]
    public void the_compose_file_has_redis_three_silos_a_load_balancer_and_a_collector()
    {
        var compose = Documents(Path.Combine(RepoPaths.Root, "docker-compose.yml")).Single();
        var services = ((YamlMappingNode)At(compose, "services")).Children.Keys.Select(key => ((YamlScalarNode)key).Value).ToArray();
        services.ShouldBe(["redis", "silo1", "silo2", "silo3", "loadbalancer", "otel-collector"], ignoreOrder: true);
        var collector = Documents(Path.Combine(Deploy, "otel-collector.yaml")).Single();
        At(collector, "service", "pipelines", "traces").ShouldNotBeNull();
        At(collector, "service", "pipelines", "metrics").ShouldNotBeNull();
        File.ReadAllText(Path.Combine(Deploy, "Dockerfile")).ShouldContain("USER app");
    }

    [Fact]
    public async Task docker_compose_config_accepts_the_compose_file()
    {
        var compose = RedisServer.Find("docker-compose") ?? await RedisServer.TryInstall("docker-compose", "docker-compose");
        if (compose is null)
        {
            Assert.Skip("docker-compose is not installed and could not be installed (apt-get as root), so the compose file was only parsed, not validated");
        }
        var start = new ProcessStartInfo(compose!) { WorkingDirectory = RepoPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("config");
        start.ArgumentList.Add("-q");
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        process.ExitCode.ShouldBe(0, await error);
    }

    [Fact]
    public async Task the_local_cluster_script_is_valid_bash_and_stops_what_it_starts()
    {
        var script = Path.Combine(Deploy, "local-cluster.sh");
        var text = await File.ReadAllTextAsync(script, TestContext.Current.CancellationToken);
        text.ShouldContain("set -euo pipefail");
        text.ShouldContain("trap stop_all EXIT");
        text.ShouldContain("/health/ready");
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true };
        start.ArgumentList.Add("-n");
        start.ArgumentList.Add(script);
        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        process.ExitCode.ShouldBe(0, error);
    }
}
