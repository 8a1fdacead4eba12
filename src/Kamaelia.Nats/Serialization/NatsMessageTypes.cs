using System.Collections.Concurrent;
using System.Text.Json.Serialization.Metadata;
using Axon;

namespace Kamaelia.Nats;

/// <summary>
/// The serializers of the message types that cross a process boundary. The source generator registers one for
/// the element type of every NATS link it sees in a project (no reflection); a type it cannot serialize can be
/// registered by hand, for example from a System.Text.Json <c>JsonSerializerContext</c>.
/// </summary>
public static class NatsMessageTypes
{
    private static readonly ConcurrentDictionary<Type, JsonTypeInfo> s_registered = new();

    /// <summary>Registers (or replaces) the serializer for <typeparamref name="T"/>.</summary>
    public static void Register<T>(JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        s_registered[typeof(T)] = typeInfo;
    }

    /// <summary>Finds the serializer registered for <typeparamref name="T"/>.</summary>
    public static bool TryGet<T>([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out JsonTypeInfo<T>? typeInfo)
    {
        typeInfo = s_registered.TryGetValue(typeof(T), out var found) ? (JsonTypeInfo<T>)found : null;
        return typeInfo is not null;
    }

    /// <summary>The serializer for the messages of <paramref name="component"/>'s box, or a clear error.</summary>
    internal static JsonTypeInfo<T> Resolve<T>(Component component, string boxName) =>
        TryGet<T>(out var typeInfo)
            ? typeInfo
            : throw new InvalidOperationException(
                $"{component.Name}: box '{boxName}' carries {typeof(T).FullName}, which has no registered serializer. " +
                "The source generator registers one for the element type of each NATS link it sees; if the link is " +
                $"built in a way it cannot see, call NatsMessageTypes.Register(context.{typeof(T).Name}) with a " +
                "System.Text.Json JsonSerializerContext.");
}
