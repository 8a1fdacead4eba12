namespace Kamaelia.Nats.Tests;

/// <summary>Registers the tests' serializers once, before any test builds a link.</summary>
internal static class Serializers
{
    private static readonly Lazy<bool> s_registered = new(() =>
    {
        NatsMessageTypes.Register(TestJson.Default.Reading);
        NatsMessageTypes.Register(TestJson.Default.Int64);
        return true;
    });

    public static void Register() => _ = s_registered.Value;
}
