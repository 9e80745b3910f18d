namespace WasmSharp.Text.Instructions;

/// <summary>Vector instructions (binary spec 5.4.8, 0xFD prefix), including relaxed SIMD.</summary>
internal static class SimdOps
{
    public const string Table = """
        v128.load FD:0 MemArg 4
        v128.load8x8_s FD:1 MemArg 3
        v128.load8x8_u FD:2 MemArg 3
        v128.load16x4_s FD:3 MemArg 3
        v128.load16x4_u FD:4 MemArg 3
        v128.load32x2_s FD:5 MemArg 3
        v128.load32x2_u FD:6 MemArg 3
        v128.load8_splat FD:7 MemArg 0
        v128.load16_splat FD:8 MemArg 1
        v128.load32_splat FD:9 MemArg 2
        v128.load64_splat FD:A MemArg 3
        v128.store FD:B MemArg 4
        v128.const FD:C V128
        i8x16.shuffle FD:D Shuffle
        i8x16.swizzle FD:E
        i8x16.splat FD:F
        i16x8.splat FD:10
        i32x4.splat FD:11
        i64x2.splat FD:12
        f32x4.splat FD:13
        f64x2.splat FD:14
        i8x16.extract_lane_s FD:15 Lane
        i8x16.extract_lane_u FD:16 Lane
        i8x16.replace_lane FD:17 Lane
        i16x8.extract_lane_s FD:18 Lane
        i16x8.extract_lane_u FD:19 Lane
        i16x8.replace_lane FD:1A Lane
        i32x4.extract_lane FD:1B Lane
        i32x4.replace_lane FD:1C Lane
        i64x2.extract_lane FD:1D Lane
        i64x2.replace_lane FD:1E Lane
        f32x4.extract_lane FD:1F Lane
        f32x4.replace_lane FD:20 Lane
        f64x2.extract_lane FD:21 Lane
        f64x2.replace_lane FD:22 Lane
        i8x16.eq FD:23
        i8x16.ne FD:24
        i8x16.lt_s FD:25
        i8x16.lt_u FD:26
        i8x16.gt_s FD:27
        i8x16.gt_u FD:28
        i8x16.le_s FD:29
        i8x16.le_u FD:2A
        i8x16.ge_s FD:2B
        i8x16.ge_u FD:2C
        i16x8.eq FD:2D
        i16x8.ne FD:2E
        i16x8.lt_s FD:2F
        i16x8.lt_u FD:30
        i16x8.gt_s FD:31
        i16x8.gt_u FD:32
        i16x8.le_s FD:33
        i16x8.le_u FD:34
        i16x8.ge_s FD:35
        i16x8.ge_u FD:36
        i32x4.eq FD:37
        i32x4.ne FD:38
        i32x4.lt_s FD:39
        i32x4.lt_u FD:3A
        i32x4.gt_s FD:3B
        i32x4.gt_u FD:3C
        i32x4.le_s FD:3D
        i32x4.le_u FD:3E
        i32x4.ge_s FD:3F
        i32x4.ge_u FD:40
        f32x4.eq FD:41
        f32x4.ne FD:42
        f32x4.lt FD:43
        f32x4.gt FD:44
        f32x4.le FD:45
        f32x4.ge FD:46
        f64x2.eq FD:47
        f64x2.ne FD:48
        f64x2.lt FD:49
        f64x2.gt FD:4A
        f64x2.le FD:4B
        f64x2.ge FD:4C
        v128.not FD:4D
        v128.and FD:4E
        v128.andnot FD:4F
        v128.or FD:50
        v128.xor FD:51
        v128.bitselect FD:52
        v128.any_true FD:53
        v128.load8_lane FD:54 MemArgLane 0
        v128.load16_lane FD:55 MemArgLane 1
        v128.load32_lane FD:56 MemArgLane 2
        v128.load64_lane FD:57 MemArgLane 3
        v128.store8_lane FD:58 MemArgLane 0
        v128.store16_lane FD:59 MemArgLane 1
        v128.store32_lane FD:5A MemArgLane 2
        v128.store64_lane FD:5B MemArgLane 3
        v128.load32_zero FD:5C MemArg 2
        v128.load64_zero FD:5D MemArg 3
        f32x4.demote_f64x2_zero FD:5E
        f64x2.promote_low_f32x4 FD:5F
        i8x16.abs FD:60
        i8x16.neg FD:61
        i8x16.popcnt FD:62
        i8x16.all_true FD:63
        i8x16.bitmask FD:64
        i8x16.narrow_i16x8_s FD:65
        i8x16.narrow_i16x8_u FD:66
        f32x4.ceil FD:67
        f32x4.floor FD:68
        f32x4.trunc FD:69
        f32x4.nearest FD:6A
        i8x16.shl FD:6B
        i8x16.shr_s FD:6C
        i8x16.shr_u FD:6D
        i8x16.add FD:6E
        i8x16.add_sat_s FD:6F
        i8x16.add_sat_u FD:70
        i8x16.sub FD:71
        i8x16.sub_sat_s FD:72
        i8x16.sub_sat_u FD:73
        f64x2.ceil FD:74
        f64x2.floor FD:75
        i8x16.min_s FD:76
        i8x16.min_u FD:77
        i8x16.max_s FD:78
        i8x16.max_u FD:79
        f64x2.trunc FD:7A
        i8x16.avgr_u FD:7B
        i16x8.extadd_pairwise_i8x16_s FD:7C
        i16x8.extadd_pairwise_i8x16_u FD:7D
        i32x4.extadd_pairwise_i16x8_s FD:7E
        i32x4.extadd_pairwise_i16x8_u FD:7F
        i16x8.abs FD:80
        i16x8.neg FD:81
        i16x8.q15mulr_sat_s FD:82
        i16x8.all_true FD:83
        i16x8.bitmask FD:84
        i16x8.narrow_i32x4_s FD:85
        i16x8.narrow_i32x4_u FD:86
        i16x8.extend_low_i8x16_s FD:87
        i16x8.extend_high_i8x16_s FD:88
        i16x8.extend_low_i8x16_u FD:89
        i16x8.extend_high_i8x16_u FD:8A
        i16x8.shl FD:8B
        i16x8.shr_s FD:8C
        i16x8.shr_u FD:8D
        i16x8.add FD:8E
        i16x8.add_sat_s FD:8F
        i16x8.add_sat_u FD:90
        i16x8.sub FD:91
        i16x8.sub_sat_s FD:92
        i16x8.sub_sat_u FD:93
        f64x2.nearest FD:94
        i16x8.mul FD:95
        i16x8.min_s FD:96
        i16x8.min_u FD:97
        i16x8.max_s FD:98
        i16x8.max_u FD:99
        i16x8.avgr_u FD:9B
        i16x8.extmul_low_i8x16_s FD:9C
        i16x8.extmul_high_i8x16_s FD:9D
        i16x8.extmul_low_i8x16_u FD:9E
        i16x8.extmul_high_i8x16_u FD:9F
        i32x4.abs FD:A0
        i32x4.neg FD:A1
        i32x4.all_true FD:A3
        i32x4.bitmask FD:A4
        i32x4.extend_low_i16x8_s FD:A7
        i32x4.extend_high_i16x8_s FD:A8
        i32x4.extend_low_i16x8_u FD:A9
        i32x4.extend_high_i16x8_u FD:AA
        i32x4.shl FD:AB
        i32x4.shr_s FD:AC
        i32x4.shr_u FD:AD
        i32x4.add FD:AE
        i32x4.sub FD:B1
        i32x4.mul FD:B5
        i32x4.min_s FD:B6
        i32x4.min_u FD:B7
        i32x4.max_s FD:B8
        i32x4.max_u FD:B9
        i32x4.dot_i16x8_s FD:BA
        i32x4.extmul_low_i16x8_s FD:BC
        i32x4.extmul_high_i16x8_s FD:BD
        i32x4.extmul_low_i16x8_u FD:BE
        i32x4.extmul_high_i16x8_u FD:BF
        i64x2.abs FD:C0
        i64x2.neg FD:C1
        i64x2.all_true FD:C3
        i64x2.bitmask FD:C4
        i64x2.extend_low_i32x4_s FD:C7
        i64x2.extend_high_i32x4_s FD:C8
        i64x2.extend_low_i32x4_u FD:C9
        i64x2.extend_high_i32x4_u FD:CA
        i64x2.shl FD:CB
        i64x2.shr_s FD:CC
        i64x2.shr_u FD:CD
        i64x2.add FD:CE
        i64x2.sub FD:D1
        i64x2.mul FD:D5
        i64x2.eq FD:D6
        i64x2.ne FD:D7
        i64x2.lt_s FD:D8
        i64x2.gt_s FD:D9
        i64x2.le_s FD:DA
        i64x2.ge_s FD:DB
        i64x2.extmul_low_i32x4_s FD:DC
        i64x2.extmul_high_i32x4_s FD:DD
        i64x2.extmul_low_i32x4_u FD:DE
        i64x2.extmul_high_i32x4_u FD:DF
        f32x4.abs FD:E0
        f32x4.neg FD:E1
        f32x4.sqrt FD:E3
        f32x4.add FD:E4
        f32x4.sub FD:E5
        f32x4.mul FD:E6
        f32x4.div FD:E7
        f32x4.min FD:E8
        f32x4.max FD:E9
        f32x4.pmin FD:EA
        f32x4.pmax FD:EB
        f64x2.abs FD:EC
        f64x2.neg FD:ED
        f64x2.sqrt FD:EF
        f64x2.add FD:F0
        f64x2.sub FD:F1
        f64x2.mul FD:F2
        f64x2.div FD:F3
        f64x2.min FD:F4
        f64x2.max FD:F5
        f64x2.pmin FD:F6
        f64x2.pmax FD:F7
        i32x4.trunc_sat_f32x4_s FD:F8
        i32x4.trunc_sat_f32x4_u FD:F9
        f32x4.convert_i32x4_s FD:FA
        f32x4.convert_i32x4_u FD:FB
        i32x4.trunc_sat_f64x2_s_zero FD:FC
        i32x4.trunc_sat_f64x2_u_zero FD:FD
        f64x2.convert_low_i32x4_s FD:FE
        f64x2.convert_low_i32x4_u FD:FF
        i8x16.relaxed_swizzle FD:100
        i32x4.relaxed_trunc_f32x4_s FD:101
        i32x4.relaxed_trunc_f32x4_u FD:102
        i32x4.relaxed_trunc_f64x2_s_zero FD:103
        i32x4.relaxed_trunc_f64x2_u_zero FD:104
        f32x4.relaxed_madd FD:105
        f32x4.relaxed_nmadd FD:106
        f64x2.relaxed_madd FD:107
        f64x2.relaxed_nmadd FD:108
        i8x16.relaxed_laneselect FD:109
        i16x8.relaxed_laneselect FD:10A
        i32x4.relaxed_laneselect FD:10B
        i64x2.relaxed_laneselect FD:10C
        f32x4.relaxed_min FD:10D
        f32x4.relaxed_max FD:10E
        f64x2.relaxed_min FD:10F
        f64x2.relaxed_max FD:110
        i16x8.relaxed_q15mulr_s FD:111
        i16x8.relaxed_dot_i8x16_i7x16_s FD:112
        i32x4.relaxed_dot_i8x16_i7x16_add_s FD:113
        """;
}
