namespace Axon;

/// <summary>Delivers a message of one element type into an inbox of another, compatible element type.</summary>
internal interface IMessageSink<in T>
{
    void Deliver(T message, bool ignoreSizeLimit);
}
