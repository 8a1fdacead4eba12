using Kamaelia.Gen.Generators.Parsing;

namespace Kamaelia.Gen.Generators.Model;

/// <summary>A method marked [Handles], the accessor of the inbox it drains, and how the loop drives it.</summary>
/// <param name="InboxName">The inbox's name.</param>
/// <param name="InboxAccessor">The generated accessor of the inbox.</param>
/// <param name="MethodName">The handler method.</param>
/// <param name="Kind">How the loop drives it: returns void, Task, ValueTask, or steps.</param>
/// <param name="TakesCancellationToken">True when it takes the component's shutdown token as second parameter.</param>
internal sealed record HandlerModel(string InboxName, string InboxAccessor, string MethodName, HandlerKind Kind, bool TakesCancellationToken);
