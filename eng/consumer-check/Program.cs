// Consumer check: what a developer who installs the packages gets.
//   1. Each package (.nupkg) holds its assembly, XML docs and README, with license, tags, repository URL and commit;
//      each symbols package (.snupkg) holds the PDB with a SourceLink map to the repository at that commit.
//   2. AddGrowwClient and AddDhanClient, restored from those packages, work against Broker.Sandbox (also restored
//      from its package and started in-process): each reads its profile and places and reads back an order.
// Usage: ConsumerCheck <folder with the .nupkg/.snupkg files> <package version>. Exit code 0 only when all passed.
using System.IO.Compression;
using System.Reflection;
using System.Reflection.Metadata;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Broker.Dhan;
using Broker.Dhan.Orders;
using Broker.Groww;
using Broker.Groww.Orders;
using Broker.Sandbox;
using Microsoft.Extensions.DependencyInjection;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: ConsumerCheck <packages-folder> <version>");
    return 2;
}

var folder = args[0];
var version = args[1];
var failures = new List<string>();

void Check(bool passed, string what)
{
    Console.WriteLine($"  {(passed ? "ok  " : "FAIL")}  {what}");
    if (!passed)
    {
        failures.Add(what);
    }
}

string[] packageIds = ["Broker.Abstractions", "Broker.Groww", "Broker.Dhan", "Broker.Sandbox", "Broker.Redis"];
var sourceLinkKind = new Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A");

foreach (var id in packageIds)
{
    Console.WriteLine($"{id} {version}");
    var nupkg = Path.Combine(folder, $"{id}.{version}.nupkg");
    var snupkg = Path.Combine(folder, $"{id}.{version}.snupkg");
    Check(File.Exists(nupkg), $"{Path.GetFileName(nupkg)} was packed");
    Check(File.Exists(snupkg), $"{Path.GetFileName(snupkg)} was packed");
    if (!File.Exists(nupkg) || !File.Exists(snupkg))
    {
        continue;
    }

    var lib = $"lib/net10.0/{id}";
    string? commit = null;
    using (var package = ZipFile.OpenRead(nupkg))
    {
        Check(package.GetEntry(lib + ".dll") is not null, $"holds {lib}.dll");

        var docs = package.GetEntry(lib + ".xml");
        var documented = 0;
        if (docs is not null)
        {
            using var stream = docs.Open();
            documented = XDocument.Load(stream).Descendants("member").Count();
        }

        Check(documented >= 20, $"holds {lib}.xml documenting {documented} members");

        var readme = package.GetEntry("README.md");
        var readmeText = string.Empty;
        if (readme is not null)
        {
            using var reader = new StreamReader(readme.Open(), Encoding.UTF8);
            readmeText = reader.ReadToEnd();
        }

        Check(readmeText.StartsWith($"# {id}", StringComparison.Ordinal) && readmeText.Length >= 500, $"holds its own README.md ({readmeText.Length} characters)");

        var nuspecEntry = package.GetEntry($"{id}.nuspec");
        Check(nuspecEntry is not null, $"holds {id}.nuspec");
        if (nuspecEntry is not null)
        {
            XElement nuspec;
            using (var stream = nuspecEntry.Open())
            {
                nuspec = XDocument.Load(stream).Root!;
            }

            var ns = nuspec.Name.Namespace;
            var metadata = nuspec.Element(ns + "metadata")!;
            string? Text(string name) => metadata.Element(ns + name)?.Value;
            Check(Text("version") == version, $"nuspec version {Text("version")}");
            Check(Text("readme") == "README.md", "nuspec points the package page at README.md");
            var license = metadata.Element(ns + "license");
            Check(license?.Attribute("type")?.Value == "expression" && !string.IsNullOrWhiteSpace(license.Value), $"license expression '{license?.Value}'");
            Check((Text("tags") ?? string.Empty).Split(' ').Contains("groww"), $"tags '{Text("tags")}'");
            Check(!string.IsNullOrWhiteSpace(Text("description")), "has a description");
            var repository = metadata.Element(ns + "repository");
            commit = repository?.Attribute("commit")?.Value;
            Check(
                repository?.Attribute("url")?.Value?.StartsWith("https://github.com/", StringComparison.Ordinal) == true && commit is not null && Regex.IsMatch(commit, "^[0-9a-f]{40}$"),
                $"repository {repository?.Attribute("url")?.Value} at commit {commit}");
            if (id != "Broker.Abstractions")
            {
                var dependsOnAbstractions = metadata.Descendants(ns + "dependency")
                    .Any(d => d.Attribute("id")?.Value == "Broker.Abstractions" && d.Attribute("version")?.Value == version);
                Check(dependsOnAbstractions, $"depends on Broker.Abstractions {version}");
            }
        }
    }

    using (var symbols = ZipFile.OpenRead(snupkg))
    {
        var pdbEntry = symbols.GetEntry(lib + ".pdb");
        Check(pdbEntry is not null, $"symbols hold {lib}.pdb");
        if (pdbEntry is not null)
        {
            using var pdb = new MemoryStream();
            using (var stream = pdbEntry.Open())
            {
                stream.CopyTo(pdb);
            }

            pdb.Position = 0;
            using var provider = MetadataReaderProvider.FromPortablePdbStream(pdb);
            var reader = provider.GetMetadataReader();
            string? sourceLink = null;
            foreach (var handle in reader.CustomDebugInformation)
            {
                var information = reader.GetCustomDebugInformation(handle);
                if (reader.GetGuid(information.Kind) == sourceLinkKind)
                {
                    sourceLink = Encoding.UTF8.GetString(reader.GetBlobBytes(information.Value));
                }
            }

            Check(
                sourceLink is not null && sourceLink.Contains("https://raw.githubusercontent.com/", StringComparison.Ordinal) && commit is not null && sourceLink.Contains(commit, StringComparison.Ordinal),
                $"SourceLink maps sources to {sourceLink ?? "(no SourceLink)"}");
        }
    }
}

Console.WriteLine("Consumer: AddGrowwClient and AddDhanClient against Broker.Sandbox, all from the packages");
try
{
    var growwAssembly = typeof(IGrowwClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "?";
    Check(growwAssembly.StartsWith(version, StringComparison.Ordinal), $"Broker.Groww restored from the package: {growwAssembly}");

    using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(60));
    var ct = cancellation.Token;
    var sandboxOptions = new SandboxOptions();
    await using var sandbox = await BrokerSandbox.StartAsync(sandboxOptions, ct);
    var growwDemo = sandboxOptions.Groww.Accounts[0];
    var dhanDemo = sandboxOptions.Dhan.Accounts[0];

    var services = new ServiceCollection();
    services.AddGrowwClient(options =>
    {
        options.BaseAddress = sandbox.GrowwBaseAddress;
        options.Credentials.TotpToken = growwDemo.TotpToken;
        options.Credentials.TotpSecret = growwDemo.TotpSecret;
        options.RateLimits.Orders = "10/s, 250/min";
    });
    services.AddDhanClient(options =>
    {
        options.Environment = new DhanEnvironment("Broker.Sandbox", sandbox.DhanApiBaseUri, sandbox.DhanAuthBaseUri);
        options.ClientId = dhanDemo.ClientId;
        options.Pin = dhanDemo.Pin;
        options.TotpSecret = dhanDemo.TotpSecret;
    });
    await using var provider = services.BuildServiceProvider();
    var groww = provider.GetRequiredService<IGrowwClient>();
    var dhan = provider.GetRequiredService<IDhanClient>();

    var growwProfile = await groww.User.GetProfileAsync(ct);
    Check(growwProfile.Ucc == growwDemo.Ucc, $"Groww profile (TOTP login): UCC {growwProfile.Ucc}");
    var growwPlacement = await groww.Orders.PlaceOrderIdempotentAsync(new GrowwPlaceOrderRequest
    {
        TradingSymbol = "TCS", Exchange = GrowwExchange.Nse, Segment = GrowwSegment.Cash, Product = GrowwProduct.Cnc,
        OrderType = GrowwOrderType.Limit, TransactionType = GrowwTransactionType.Buy, Quantity = 1, Price = 3000m,
    }, cancellationToken: ct);
    var growwStatus = await groww.Orders.FindOrderByReferenceAsync(growwPlacement.OrderReferenceId!, GrowwSegment.Cash, ct);
    Check(
        growwPlacement.GrowwOrderId is not null && growwStatus?.GrowwOrderId == growwPlacement.GrowwOrderId && sandbox.Groww.DefaultAccount.Orders.Count == 1,
        $"Groww order {growwPlacement.GrowwOrderId} placed and found by reference {growwPlacement.OrderReferenceId}: {growwStatus?.OrderStatus}");

    var dhanProfile = await dhan.Profile.GetProfileAsync(ct);
    Check(dhanProfile.DhanClientId == dhanDemo.ClientId, $"Dhan profile (PIN + TOTP login): client {dhanProfile.DhanClientId}");
    var dhanPlacement = await dhan.Orders.PlaceOrderIdempotentAsync(new DhanPlaceOrderRequest
    {
        SecurityId = "1333", ExchangeSegment = DhanExchangeSegment.NseEquity, TransactionType = DhanTransactionType.Buy,
        Quantity = 1, OrderType = DhanOrderType.Limit, ProductType = DhanProductType.Cnc, Price = 950m,
    }, cancellationToken: ct);
    var dhanOrder = await dhan.Orders.FindOrderByReferenceAsync(dhanPlacement.CorrelationId, ct);
    Check(
        dhanOrder?.OrderId == dhanPlacement.OrderId && sandbox.Dhan.DefaultAccount.Orders.Count == 1,
        $"Dhan order {dhanPlacement.OrderId} placed and found by correlation id {dhanPlacement.CorrelationId}: {dhanOrder?.OrderStatus}");
}
#pragma warning disable CA1031 // Any failure of the consumer path is reported, not thrown.
catch (Exception ex)
#pragma warning restore CA1031
{
    Check(false, $"consumer calls threw {ex.GetType().Name}: {ex.Message}");
}

Console.WriteLine("Consumer: UseRedis from the Broker.Redis package (no Redis here: the account must refuse to start, clearly)");
try
{
    var redisServices = new ServiceCollection();
    redisServices.AddDhanClient(options =>
    {
        options.ClientId = "1000000001";
        options.AccessToken = "consumer-check-token";
    }).UseRedis(redis =>
    {
        redis.Configuration = "127.0.0.1:1";
        redis.ConnectTimeout = TimeSpan.FromMilliseconds(300);
    });
    await using var redisProvider = redisServices.BuildServiceProvider();
    try
    {
        redisProvider.GetRequiredService<IDhanClient>();
        Check(false, "UseRedis with no Redis reachable refused to start");
    }
    catch (Broker.Redis.RedisCoordinationException refused)
    {
        Check(refused.Message.Contains("127.0.0.1:1", StringComparison.Ordinal), $"UseRedis with no Redis reachable refused to start: {refused.Message}");
    }
}
#pragma warning disable CA1031 // Any failure of the consumer path is reported, not thrown.
catch (Exception ex)
#pragma warning restore CA1031
{
    Check(false, $"consumer calls threw {ex.GetType().Name}: {ex.Message}");
}

if (failures.Count > 0)
{
    Console.Error.WriteLine($"Consumer check: {failures.Count} check(s) failed:");
    foreach (var failure in failures)
    {
        Console.Error.WriteLine($"  {failure}");
    }

    return 1;
}

Console.WriteLine("Consumer check: every package and the consumer path passed.");
return 0;
