using System.Text.Json.Serialization;

namespace Broker.Conventions.Tests;

/// <summary>
/// Machinery stays internal: what turns a call into bytes on the wire and back is not part of any package's public
/// API (see "Public and internal" in docs/architecture.md), so it can change without a breaking release.
/// </summary>
public sealed class PublicSurfaceConventionTests
{
    [Fact]
    public void No_package_exports_a_JSON_converter()
    {
        var converters = PublicApi.Types.Where(t => typeof(JsonConverter).IsAssignableFrom(t)).Select(t => t.FullName).ToList();

        Assert.Empty(converters);
    }

    [Fact]
    public void No_broker_package_exports_an_HTTP_handler_an_error_reader_a_sender_or_a_parser_of_instrument_masters()
    {
        var machinery = PublicApi.BrokerAssemblies.SelectMany(a => a.GetExportedTypes())
            .Where(t => typeof(DelegatingHandler).IsAssignableFrom(t)
                || typeof(Broker.Http.IBrokerErrorReader).IsAssignableFrom(t)
                || t.Name.EndsWith("Sender", StringComparison.Ordinal)
                || t.Name.EndsWith("InstrumentParser", StringComparison.Ordinal)
                || t.Name.EndsWith("ScripMasterParser", StringComparison.Ordinal)
                || t.Name.EndsWith("OptionsValidator", StringComparison.Ordinal))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(machinery);
    }

    [Fact]
    public void Every_packable_project_lists_its_public_api_for_the_analyzer()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        foreach (var assembly in PublicApi.Assemblies)
        {
            var project = Path.Combine(src, assembly.GetName().Name!);
            foreach (var file in new[] { "PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt" })
            {
                var path = Path.Combine(project, file);
                Assert.True(File.Exists(path), $"{path} is missing.");
                Assert.StartsWith("#nullable enable", File.ReadAllText(path), StringComparison.Ordinal);
            }

            var listed = File.ReadAllLines(Path.Combine(project, "PublicAPI.Unshipped.txt"))
                .Concat(File.ReadAllLines(Path.Combine(project, "PublicAPI.Shipped.txt")));
            foreach (var type in assembly.GetExportedTypes().Where(t => !t.IsNested))
            {
                Assert.Contains(type.FullName!.Split('`')[0], listed.Select(l => l.Split(' ', '(', '<')[0]));
            }
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Broker.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Broker.sln not found above " + AppContext.BaseDirectory);
    }
}
