namespace Broker.Dhan;

/// <summary>
/// The Dhan hosts a client talks to. Use <see cref="Production"/> for real trading and <see cref="Sandbox"/> for
/// Dhan's own sandbox (separate token and client id from developer.dhanhq.co; no matching engine, so orders rest
/// at PENDING). Point <see cref="ApiBaseAddress"/> at a loopback server for local tests.
/// </summary>
public sealed record DhanEnvironment
{
    /// <summary>
    /// Creates an environment with production's hosts, for configuration binding: set
    /// <c>Dhan:Environment:ApiBaseAddress</c> and <c>Dhan:Environment:AuthBaseAddress</c> (and a <c>Name</c>) to point
    /// the client elsewhere.
    /// </summary>
    public DhanEnvironment()
        : this("Production", new Uri("https://api.dhan.co/v2/"), new Uri("https://auth.dhan.co/"))
    {
    }

    /// <summary>Creates an environment.</summary>
    /// <param name="name">A display name.</param>
    /// <param name="apiBaseAddress">The REST base, ending in <c>/v2/</c>.</param>
    /// <param name="authBaseAddress">The auth host (token generation, consent).</param>
    public DhanEnvironment(string name, Uri apiBaseAddress, Uri authBaseAddress)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(apiBaseAddress);
        ArgumentNullException.ThrowIfNull(authBaseAddress);
        Name = name;
        ApiBaseAddress = WithTrailingSlash(apiBaseAddress);
        AuthBaseAddress = WithTrailingSlash(authBaseAddress);
    }

    /// <summary>
    /// Live trading: <c>https://api.dhan.co/v2/</c> and <c>https://auth.dhan.co/</c>. Each read returns a new instance,
    /// so changing the one you hold never changes what another client or account sees.
    /// </summary>
    public static DhanEnvironment Production => new("Production", new Uri("https://api.dhan.co/v2/"), new Uri("https://auth.dhan.co/"));

    /// <summary>
    /// Dhan's sandbox: <c>https://sandbox.dhan.co/v2/</c>. Its token comes from developer.dhanhq.co (valid 30 days) and
    /// cannot be minted by PIN + TOTP; super orders and market quotes answer 404 there. Each read returns a new instance.
    /// </summary>
    public static DhanEnvironment Sandbox => new("Sandbox", new Uri("https://sandbox.dhan.co/v2/"), new Uri("https://auth.dhan.co/"));

    /// <summary>A display name such as <c>Production</c>.</summary>
    public string Name
    {
        get;
        set
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value);
            field = value;
        }
    }

    /// <summary>
    /// The REST base address, ending in <c>/v2/</c>. A trailing slash is added when missing, so <c>…/v2</c> and
    /// <c>…/v2/</c> mean the same (without it, relative paths would replace the <c>v2</c> segment).
    /// </summary>
    public Uri ApiBaseAddress
    {
        get;
        set => field = WithTrailingSlash(value);
    }

    /// <summary>The auth host, used for <c>generateAccessToken</c> and the consent flow (a trailing slash is added when missing).</summary>
    public Uri AuthBaseAddress
    {
        get;
        set => field = WithTrailingSlash(value);
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    private static Uri WithTrailingSlash(Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return !address.IsAbsoluteUri || address.AbsolutePath.EndsWith('/') ? address : new Uri(address.GetLeftPart(UriPartial.Path) + "/" + address.Query);
    }
}
