namespace Kamaelia.Gen.Generators.Serialization;

/// <summary>The names of the message-type generator's pipeline steps, for incremental-caching tests.</summary>
internal static class MessageTypeTrackingNames
{
    public const string NatsReferenced = nameof(NatsReferenced);
    public const string MessageTypeUses = nameof(MessageTypeUses);
    public const string MessageTypes = nameof(MessageTypes);

    public static readonly string[] All = { NatsReferenced, MessageTypeUses, MessageTypes };
}
