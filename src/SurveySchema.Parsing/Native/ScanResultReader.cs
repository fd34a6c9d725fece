using System.Collections.Immutable;

namespace SurveySchema.Parsing.Native;

/// <summary>Reads the token positions out of pg_query_scan's protobuf (pg_query.proto: ScanResult
/// { int32 version = 1; repeated ScanToken tokens = 2; }, ScanToken { int32 start = 1; int32 end = 2;
/// Token token = 4; KeywordKind keyword_kind = 5; }). Only start and end are needed, so a few lines
/// of wire-format reading replace a protobuf dependency.</summary>
internal static class ScanResultReader
{
    private const int VarintWireType = 0;
    private const int Fixed64WireType = 1;
    private const int LengthDelimitedWireType = 2;
    private const int Fixed32WireType = 5;

    public static ImmutableArray<ScanToken> ReadTokens(ReadOnlySpan<byte> scanResult)
    {
        var tokens = ImmutableArray.CreateBuilder<ScanToken>();
        var position = 0;
        while (position < scanResult.Length)
        {
            var (field, wireType) = ReadTag(scanResult, ref position);
            if (field == 2 && wireType == LengthDelimitedWireType)
            {
                var length = (int)ReadVarint(scanResult, ref position);
                tokens.Add(ReadToken(scanResult.Slice(position, length)));
                position += length;
            }
            else
            {
                Skip(scanResult, wireType, ref position);
            }
        }

        return tokens.ToImmutable();
    }

    private static ScanToken ReadToken(ReadOnlySpan<byte> message)
    {
        int start = 0, end = 0, position = 0;
        while (position < message.Length)
        {
            var (field, wireType) = ReadTag(message, ref position);
            if (field is 1 or 2 && wireType == VarintWireType)
            {
                var value = (int)ReadVarint(message, ref position);
                if (field == 1)
                {
                    start = value;
                }
                else
                {
                    end = value;
                }
            }
            else
            {
                Skip(message, wireType, ref position);
            }
        }

        return new ScanToken(start, end);
    }

    private static (int Field, int WireType) ReadTag(ReadOnlySpan<byte> data, ref int position)
    {
        var tag = ReadVarint(data, ref position);
        return ((int)(tag >> 3), (int)(tag & 7));
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> data, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = data[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }

        throw new InvalidDataException("malformed varint in pg_query_scan output");
    }

    private static void Skip(ReadOnlySpan<byte> data, int wireType, ref int position)
    {
        switch (wireType)
        {
            case VarintWireType:
                ReadVarint(data, ref position);
                break;
            case Fixed64WireType:
                position += 8;
                break;
            case LengthDelimitedWireType:
                position += (int)ReadVarint(data, ref position);
                break;
            case Fixed32WireType:
                position += 4;
                break;
            default:
                throw new InvalidDataException($"unsupported protobuf wire type {wireType} in pg_query_scan output");
        }
    }
}
