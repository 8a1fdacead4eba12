using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Kamaelia.Gen.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kamaelia.Gen.Analyzers.Cooperative;

/// <summary>
/// Decides that a loop with a real condition (<c>while (Inbox.Count == 0) { }</c>, <c>while (!DataReady("inbox"))</c>)
/// can never end: the condition reads only what the body cannot change. It errs towards silence: the condition
/// may read only constants, locals, read-only fields and the component's box state (DataReady, AnyReady, a box's
/// Count, IsFull...), which only other components change, and they cannot run while the loop holds the scheduler;
/// the body may call nothing, create nothing, set no property and assign no variable the condition reads.
/// </summary>
internal static class StuckLoop
{
    /// <summary>True when the loop cannot end by itself (its body does not leave it: the caller checks that).</summary>
    /// <param name="condition">The loop's condition.</param>
    /// <param name="body">The operations that run each time round: the body, and a for loop's incrementors.</param>
    /// <param name="method">The whole method, to see which locals a lambda or local function captures.</param>
    /// <param name="known">The runtime types.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    public static bool CannotEnd(IOperation condition, IReadOnlyList<IOperation> body, IOperation method, KnownTypes known, CancellationToken cancellationToken)
    {
        if (condition.ConstantValue.HasValue)
        {
            return false;
        }

        var reads = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        if (!IsQuery(condition, known, reads) || reads.Overlaps(CapturedLocals(method)))
        {
            return false;
        }

        cancellationToken.ThrowIfCancellationRequested();
        return body.All(part => part.DescendantsAndSelf().All(operation => IsInert(operation, reads)));
    }

    /// <summary>True when evaluating the operation changes nothing; the locals and parameters it reads are added to <paramref name="reads"/>.</summary>
    private static bool IsQuery(IOperation operation, KnownTypes known, HashSet<ISymbol> reads)
    {
        switch (operation)
        {
            case ILocalReferenceOperation { Local.IsRef: false } local:
                reads.Add(local.Local);
                return true;
            case IParameterReferenceOperation { Parameter.RefKind: RefKind.None } parameter:
                reads.Add(parameter.Parameter);
                return true;
        }

        var allowed = operation switch
        {
            ILiteralOperation or IInstanceReferenceOperation or IDefaultValueOperation or IArgumentOperation
                or IIsPatternOperation or IIsTypeOperation or IPatternOperation or IParenthesizedOperation
                or IConditionalOperation or ICoalesceOperation => true,
            IFieldReferenceOperation field => field.Field.IsConst || field.Field.IsReadOnly,
            IPropertyReferenceOperation property => property.Arguments.Length == 0 && IsBoxState(property.Property, known),
            IInvocationOperation invocation => invocation.TargetMethod.Name is "DataReady" or "AnyReady"
                && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, known.Component),
            IUnaryOperation unary => unary.OperatorMethod is null,
            IBinaryOperation binary => binary.OperatorMethod is null,
            IConversionOperation conversion => conversion.OperatorMethod is null,
            _ => false,
        };

        return allowed && operation.ChildOperations.All(child => IsQuery(child, known, reads));
    }

    /// <summary>A box accessor, or a property that boxes declare (Count, IsFull...): state only other components change.</summary>
    private static bool IsBoxState(IPropertySymbol property, KnownTypes known) =>
        known.IsBoxType(property.Type, inbox: true) || known.IsBoxType(property.Type, inbox: false)
        || (known.Box is { } box && KnownTypes.DerivesFrom(property.ContainingType, box));

    /// <summary>True when running the operation cannot change what the condition reads.</summary>
    private static bool IsInert(IOperation operation, HashSet<ISymbol> reads) => operation switch
    {
        // A call, a constructor, a using or foreach (Dispose, MoveNext) may change anything, the boxes included.
        IInvocationOperation or IObjectCreationOperation or ITypeParameterObjectCreationOperation or IWithOperation
            or IDynamicInvocationOperation or IDynamicObjectCreationOperation or IDynamicMemberReferenceOperation
            or IDynamicIndexerAccessOperation or IEventAssignmentOperation or IUsingOperation or IForEachLoopOperation
            or IAwaitOperation or ICollectionExpressionOperation => false,
        IUnaryOperation { OperatorMethod: not null } or IBinaryOperation { OperatorMethod: not null }
            or IConversionOperation { OperatorMethod: not null } or IIncrementOrDecrementOperation { OperatorMethod: not null }
            or ICompoundAssignmentOperation { OperatorMethod: not null } => false,

        // A property set runs a setter; a ref local may alias a variable the condition reads.
        IPropertyReferenceOperation property => !IsWritten(property),
        ILocalReferenceOperation { Local.IsRef: true } => false,
        IAssignmentOperation assignment => !WritesAny(assignment.Target, reads),
        IIncrementOrDecrementOperation step => !WritesAny(step.Target, reads),
        IArgumentOperation { Parameter.RefKind: not RefKind.None } => false,
        _ => true,
    };

    private static bool IsWritten(IOperation target) => target.Parent switch
    {
        IAssignmentOperation assignment => assignment.Target == target,
        IIncrementOrDecrementOperation step => step.Target == target,
        _ => false,
    };

    private static bool WritesAny(IOperation target, HashSet<ISymbol> reads) =>
        target.DescendantsAndSelf().Any(operation => operation switch
        {
            ILocalReferenceOperation local => reads.Contains(local.Local),
            IParameterReferenceOperation parameter => reads.Contains(parameter.Parameter),
            _ => false,
        });

    /// <summary>Locals that a lambda or local function uses: code elsewhere may change them.</summary>
    private static IEnumerable<ISymbol> CapturedLocals(IOperation method) =>
        method.Descendants()
            .Where(operation => operation is IAnonymousFunctionOperation or ILocalFunctionOperation)
            .SelectMany(function => function.Descendants())
            .Select(operation => operation switch
            {
                ILocalReferenceOperation local => (ISymbol?)local.Local,
                IParameterReferenceOperation parameter => parameter.Parameter,
                _ => null,
            })
            .Where(symbol => symbol is not null)
            .Select(symbol => symbol!);
}
