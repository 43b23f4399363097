using System.Reflection;
using System.Reflection.Emit;

namespace Broker.Conventions.Tests;

/// <summary>Reads a method body's IL far enough to list the static fields it loads (<c>ldsfld</c>) and the members it uses.</summary>
internal static class IlReader
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    public static IEnumerable<FieldInfo> LoadedStaticFields(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var position = 0;
        while (position < il.Length)
        {
            short value = il[position++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[position++]);
            }

            var opCode = OpCodesByValue[value];
            var operandStart = position;
            position += OperandSize(opCode.OperandType, il, position);
            if (opCode == OpCodes.Ldsfld || opCode == OpCodes.Ldsflda)
            {
                FieldInfo? field;
                try
                {
                    var genericArguments = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
                    var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
                    field = method.Module.ResolveField(BitConverter.ToInt32(il, operandStart), genericArguments, methodArguments);
                }
                catch (ArgumentException)
                {
                    field = null;
                }

                if (field is not null)
                {
                    yield return field;
                }
            }
        }
    }

    /// <summary>Every method, field and type a method body refers to (calls, field access, <c>newobj</c>, <c>ldtoken</c>...).</summary>
    public static IEnumerable<MemberInfo> ReferencedMembers(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var genericArguments = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var position = 0;
        while (position < il.Length)
        {
            short value = il[position++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[position++]);
            }

            var opCode = OpCodesByValue[value];
            var operandStart = position;
            position += OperandSize(opCode.OperandType, il, position);
            if (opCode.OperandType is not (OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok))
            {
                continue;
            }

            MemberInfo? member;
            try
            {
                member = method.Module.ResolveMember(BitConverter.ToInt32(il, operandStart), genericArguments, methodArguments);
            }
            catch (ArgumentException)
            {
                member = null;
            }

            if (member is not null)
            {
                yield return member;
            }
        }
    }

    private static int OperandSize(OperandType type, byte[] il, int position) => type switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, position)),
        _ => 4,
    };
}
